package id.sikerja.core.model;

/**
 * Who initiated a KSDPK (PP 28/2018 Ps 14, 17, 18): the region (which then maps and writes the studi
 * kelayakan) or the third party (which writes the studi kelayakan itself).
 */
public enum KsdpkInitiative {
    DAERAH,
    PIHAK_KETIGA
}
