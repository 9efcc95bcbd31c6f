package id.sikerja.core.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How letters write dates, amounts and numbers in Indonesian: "6 Desember 2026", "Rp1.250.000.000,00" (PUEBI: no
 * space after Rp, a dot between thousands, a comma before the cents), "12 (dua belas)".
 */
public final class IndonesianFormat {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] UNITS = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh", "sebelas"};

    private IndonesianFormat() {
    }

    /** "6 Desember 2026". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "Rp1.250.000.000,00". */
    public static String rupiah(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + "Rp" + text;
    }

    /** "12 (dua belas)". */
    public static String numberWithWords(long n) {
        return n + " (" + words(n) + ")";
    }

    /** The number in Indonesian words: "dua belas", "seratus dua puluh", "nol". */
    public static String words(long n) {
        if (n < 0) {
            return "minus " + words(-n);
        }
        if (n == 0) {
            return "nol";
        }
        return spell(n).strip().replaceAll(" +", " ");
    }

    private static String spell(long n) {
        if (n < 12) {
            return " " + UNITS[(int) n];
        }
        if (n < 20) {
            return spell(n - 10) + " belas";
        }
        if (n < 100) {
            return spell(n / 10) + " puluh" + spell(n % 10);
        }
        if (n < 200) {
            return " seratus" + spell(n - 100);
        }
        if (n < 1000) {
            return spell(n / 100) + " ratus" + spell(n % 100);
        }
        if (n < 2000) {
            return " seribu" + spell(n - 1000);
        }
        if (n < 1_000_000) {
            return spell(n / 1000) + " ribu" + spell(n % 1000);
        }
        if (n < 1_000_000_000) {
            return spell(n / 1_000_000) + " juta" + spell(n % 1_000_000);
        }
        if (n < 1_000_000_000_000L) {
            return spell(n / 1_000_000_000) + " miliar" + spell(n % 1_000_000_000);
        }
        return spell(n / 1_000_000_000_000L) + " triliun" + spell(n % 1_000_000_000_000L);
    }
}
