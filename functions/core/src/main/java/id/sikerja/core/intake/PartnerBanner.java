package id.sikerja.core.intake;

import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.CaseHolder;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one banner of the partner's tracking page (issue 14): who holds the case, what is next and by when, in the
 * caller's language, worded from {@link CaseHolder}'s reading of the process table. What it asks is exactly what the
 * page below it asks for: the documents of {@code asks} (with the drafts to sign), the revision, the monev report.
 *
 * @param situation      REVISE, UPLOAD, REPORT, WAIT, RUNNING or ENDED
 * @param holder         who holds the case ({@link Party}); {@code holderLabel} in words
 * @param partnerMustAct the partner has something to do now
 * @param headline       one line: whose turn it is
 * @param next           what happens next, as a sentence
 * @param nextStage      the stage the next step leads to, if any ({@code nextStageLabel} in words)
 * @param dueDate        the next deadline that concerns the partner, a business date in the Pemda's zone
 * @param dueWhat        what is due then; {@code dueNote} its detail (the monev period, the start of the count)
 * @param asks           documents the partner is asked to upload now
 * @param drafts         the drafts it downloads to sign them (partner route {@code GET /track/{code}/documents/{type}/{version}})
 */
public record PartnerBanner(String situation, String holder, String holderLabel, boolean partnerMustAct,
                            String headline, String next, String nextStage, String nextStageLabel, LocalDate dueDate,
                            String dueWhat, String dueNote, boolean dueProvisional, List<Ask> asks,
                            List<Draft> drafts) {

    public record Ask(String type, String typeLabel) {
    }

    public record Draft(String type, String typeLabel, int version, String signedAs) {
    }

    public static PartnerBanner of(CaseHolder.Holding h, CaseState state, Language lang) {
        Text headline;
        Text next;
        switch (h.situation()) {
            case REVISE -> {
                headline = Text.of("Giliran Anda: perbaiki permohonan", "Your turn: revise your application");
                next = Text.of("Perbaiki permohonan sesuai catatan Bagian Kerja Sama, lalu kirim kembali dengan "
                                + "formulir di bawah.",
                        "Revise your application as the cooperation office noted, then send it back with the form below.");
            }
            case UPLOAD -> {
                String askId = h.asks().stream().map(t -> lower(t.label().id())).collect(Collectors.joining(" dan "));
                String askEn = h.asks().stream().map(t -> lower(t.label().en())).collect(Collectors.joining(" and "));
                if (h.drafts().isEmpty()) {
                    headline = Text.of("Giliran Anda: unggah dokumen", "Your turn: upload documents");
                    next = Text.of("Unggah " + askId + " di bawah.", "Upload " + askEn + " below.");
                } else {
                    String draftId = h.drafts().stream().map(d -> lower(d.type().label().id())).collect(Collectors.joining(" dan "));
                    String draftEn = h.drafts().stream().map(d -> lower(d.type().label().en())).collect(Collectors.joining(" and "));
                    headline = Text.of("Giliran Anda: tanda tangani", "Your turn: sign");
                    next = Text.of("Unduh " + draftId + ", tanda tangani, lalu unggah " + askId + " di bawah.",
                            "Download " + draftEn + ", sign it, then upload " + askEn + " below.");
                }
            }
            case REPORT -> {
                headline = Text.of("Giliran Anda: kirim laporan", "Your turn: send your report");
                next = Text.of("Kirim laporan monev Anda dengan formulir di bawah"
                                + h.due().map(d -> d.note().id().isBlank() ? "" : " (" + d.note().id() + ")").orElse("") + ".",
                        "Send your monitoring report with the form below"
                                + h.due().map(d -> d.note().en().isBlank() ? "" : " (" + d.note().en() + ")").orElse("") + ".");
            }
            case WAIT -> {
                Text holder = h.holder().label();
                headline = Text.of("Permohonan Anda sedang diproses oleh " + holder.id(),
                        "Your application is being handled by " + lower(holder.en()));
                String stageId = h.nextStage().map(s -> s.label().id()).orElse("");
                String stageEn = h.nextStage().map(s -> s.label().en()).orElse("");
                next = Text.of((stageId.isEmpty() ? "" : "Tahap berikutnya: " + stageId + ". ")
                                + "Anda belum perlu melakukan apa pun; kami mengirim e-mail bila ada yang perlu Anda lakukan.",
                        (stageEn.isEmpty() ? "" : "Next stage: " + stageEn + ". ")
                                + "Nothing is needed from you now; we will e-mail you when something is.");
            }
            case RUNNING -> {
                headline = Text.of("Kerja sama sedang berjalan", "The cooperation is running");
                next = Text.of("Tidak ada yang perlu Anda lakukan sekarang. Laporan monev dikirim setiap periode melalui "
                                + "halaman ini; kami mengirim e-mail saat laporan jatuh tempo.",
                        "Nothing is needed from you now. Monitoring reports are sent each period through this page; "
                                + "we will e-mail you when one is due.");
            }
            default -> {
                headline = Text.of("Proses sudah berakhir", "The case has ended");
                String reasonId = state.endReason().map(r -> ": " + lower(r.label().id())).orElse("");
                String reasonEn = state.endReason().map(r -> ": " + lower(r.label().en())).orElse("");
                next = Text.of("Tidak ada lagi yang perlu Anda lakukan (" + lower(state.stage().label().id()) + reasonId + ").",
                        "Nothing more is needed from you (" + lower(state.stage().label().en()) + reasonEn + ").");
            }
        }
        DueDate due = h.due().orElse(null);
        return new PartnerBanner(h.situation().name(), h.holder().name(), h.holder().label().in(lang),
                h.partnerMustAct(), headline.in(lang), next.in(lang),
                h.nextStage().map(Enum::name).orElse(null), h.nextStage().map(s -> s.label().in(lang)).orElse(null),
                due == null ? null : due.date(), due == null ? null : due.kind().label().in(lang),
                due == null || due.note().in(lang).isBlank() ? null : due.note().in(lang),
                due != null && due.provisional(),
                h.asks().stream().map(t -> new Ask(t.name(), t.label().in(lang))).toList(),
                h.drafts().stream().map(d -> new Draft(d.type().name(), d.type().label().in(lang), d.version(),
                        d.signedAs().name())).toList());
    }

    /** "The signed KB" → "the signed KB"; keeps acronyms ("KB yang…" stays). */
    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))) {
            return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
        }
        return label;
    }
}
