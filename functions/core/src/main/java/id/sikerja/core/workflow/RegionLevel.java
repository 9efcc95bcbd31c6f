package id.sikerja.core.workflow;

/**
 * The level of the region running Si Kerja. A kabupaten/kota sends its foreign-cooperation files to the Minister
 * through the Gubernur (Permendagri 25/2020 Ps 18, 20); a province sends them directly.
 */
public enum RegionLevel {
    PROVINSI,
    KABUPATEN_KOTA
}
