package id.sikerja.core.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid proposal body as the web form sends it; tests change one thing at a time. */
public final class Proposals {

    private Proposals() {
    }

    public static Map<String, Object> validKsdpk() {
        Map<String, Object> partner = new HashMap<>();
        partner.put("name", "PT Air Bersih Nusantara");
        partner.put("type", "BADAN_USAHA");
        partner.put("regionOrCountry", "Kota Balikpapan");
        partner.put("address", "Jl. Jenderal Sudirman No. 1, Balikpapan");
        partner.put("contactPerson", "Budi Santoso");
        partner.put("email", "budi@airbersih.example.co.id");
        partner.put("phone", "+62 812 3456 7890");
        Map<String, Object> body = new HashMap<>();
        body.put("category", "KSDPK");
        body.put("ksdpkInitiative", "PIHAK_KETIGA");
        body.put("partner", partner);
        body.put("title", "Penyediaan air minum kawasan industri");
        body.put("background", "Kawasan industri belum terlayani jaringan air minum.");
        body.put("purpose", "Membangun dan mengelola jaringan air minum.");
        body.put("scope", "Pembangunan, pengoperasian, pemeliharaan.");
        body.put("expectedBenefits", "Layanan air minum bagi 40 pabrik.");
        body.put("location", "Kawasan Industri Kariangau");
        body.put("durationMonths", 48);
        body.put("financing", "Investasi penuh oleh mitra.");
        body.put("departments", List.of("PUPR"));
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> partnerOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("partner");
    }
}
