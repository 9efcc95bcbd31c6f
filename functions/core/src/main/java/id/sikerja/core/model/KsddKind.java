package id.sikerja.core.model;

/** A KSDD is either mandatory (bordering regions, cross-border externalities) or voluntary (PP 28/2018 Ps 3). */
public enum KsddKind {
    WAJIB,
    SUKARELA
}
