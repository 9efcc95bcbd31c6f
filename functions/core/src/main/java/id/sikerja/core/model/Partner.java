package id.sikerja.core.model;

/**
 * The proposer's organisation and its contact. {@code regionOrCountry} is the partner's region for
 * domestic partners (e.g. "Kabupaten Kutai Kartanegara") and its country for foreign ones.
 * The contact fields are personal data: they never appear in logs or in the public registry.
 */
public record Partner(
        String name,
        PartnerType type,
        String regionOrCountry,
        String address,
        String contactPerson,
        String email,
        String phone) {
}
