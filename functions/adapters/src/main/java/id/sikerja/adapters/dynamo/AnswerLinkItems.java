package id.sikerja.adapters.dynamo;

import id.sikerja.core.answers.AnswerLinks;
import id.sikerja.core.answers.Answering;
import id.sikerja.core.cases.CaseStore.CaseWrite;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * Issue 16: the link of a case to the potential or need it answers, {@code CASE#<id> / POTENTIAL}, put in the
 * transaction that creates the case (conditional on not existing), so that one case is one link however often the
 * request is retried; in the case's partition, so that an undone import removes it with the case.
 * <pre>
 * GSI1  GSI1PK=ANSWERS            GSI1SK=&lt;sortable createdAt&gt;#&lt;caseId&gt;   every link, oldest first (reports, digest)
 * GSI2  GSI2PK=ANSWERS#&lt;potentialId&gt;  GSI2SK=&lt;sortable createdAt&gt;#&lt;caseId&gt;   an entry's links (its count)
 * </pre>
 */
final class AnswerLinkItems {

    static final String SK = "POTENTIAL";
    static final String ALL_PK = "ANSWERS";

    private AnswerLinkItems() {
    }

    static String potentialPk(String potentialId) {
        return "ANSWERS#" + potentialId;
    }

    /** The link a case write creates: only a new case (version 0) that answers an entry has one. */
    static Optional<Map<String, AttributeValue>> of(CaseWrite w) {
        if (w.expectedVersion() != 0) {
            return Optional.empty();
        }
        return Answering.potentialOf(w.record().state()).map(potentialId -> {
            Instant created = w.record().state().createdAt();
            String sort = Keys.sortableInstant(created) + "#" + w.record().id();
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(Keys.PK, s(Keys.casePk(w.record().id())));
            item.put(Keys.SK, s(SK));
            item.put(Keys.GSI1PK, s(ALL_PK));
            item.put(Keys.GSI1SK, s(sort));
            item.put(Keys.GSI2PK, s(potentialPk(potentialId)));
            item.put(Keys.GSI2SK, s(sort));
            item.put("type", s("ANSWER_LINK"));
            item.put("potentialId", s(potentialId));
            item.put("caseId", s(w.record().id()));
            item.put("createdAt", s(created.toString()));
            item.put("title", s(w.record().proposal().title()));
            return item;
        });
    }

    static AnswerLinks.Link fromItem(Map<String, AttributeValue> item) {
        return new AnswerLinks.Link(str(item, "potentialId"), str(item, "caseId"),
                Instant.parse(str(item, "createdAt")), str(item, "title"));
    }
}
