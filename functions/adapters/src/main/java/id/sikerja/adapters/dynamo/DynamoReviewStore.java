package id.sikerja.adapters.dynamo;

import id.sikerja.core.reviews.MemberReview;
import id.sikerja.core.reviews.ReviewOpinion;
import id.sikerja.core.reviews.ReviewStore;
import id.sikerja.core.reviews.ReviewSubject;
import id.sikerja.core.workflow.Stage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.instant;
import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.num;
import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * TKKSD members' opinions (issue 17) in the case's partition: each member's current opinion on a subject,
 * {@code CASE#<id> / REVIEW#<subject>#<version>#<member>}, and every opinion ever recorded,
 * {@code CASE#<id> / REVIEWLOG#<sortable instant>#<member>#<revision>}, written together in one transaction,
 * conditional on the member's current opinion still having the revision before (none for the first). Read with a
 * Query on the case's key (never a scan).
 */
public final class DynamoReviewStore implements ReviewStore {

    static final String CURRENT = "REVIEW#";
    static final String LOG = "REVIEWLOG#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoReviewStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<MemberReview> current(String caseId) {
        return query(caseId, CURRENT);
    }

    @Override
    public List<MemberReview> history(String caseId) {
        return query(caseId, LOG);
    }

    @Override
    public void save(MemberReview r) {
        Map<String, AttributeValue> current = item(r);
        current.put(Keys.SK, s(CURRENT + r.subject().name() + "#" + r.documentVersion() + "#" + r.memberId()));
        current.put("type", s("MEMBER_REVIEW"));
        Map<String, AttributeValue> log = item(r);
        log.put(Keys.SK, s(LOG + Keys.sortableInstant(r.recordedAt()) + "#" + r.memberId() + "#" + r.revision()));
        log.put("type", s("MEMBER_REVIEW_LOG"));
        String condition = r.revision() == 1 ? "attribute_not_exists(PK)" : "#revision = :previous";
        Map<String, AttributeValue> values = r.revision() == 1 ? Map.of() : Map.of(":previous", n(r.revision() - 1));
        Transactions.write(dynamo, List.of(
                Transactions.put(table, current, condition, values),
                Transactions.put(table, log, "attribute_not_exists(PK)", Map.of())), reasons -> new Conflict());
    }

    private Map<String, AttributeValue> item(MemberReview r) {
        Map<String, AttributeValue> i = new HashMap<>();
        i.put(Keys.PK, s(Keys.casePk(r.caseId())));
        i.put("caseId", s(r.caseId()));
        i.put("subject", s(r.subject().name()));
        i.put("documentVersion", n(r.documentVersion()));
        i.put("memberId", s(r.memberId()));
        i.put("memberName", s(r.memberName()));
        i.put("opinion", s(r.opinion().name()));
        i.put("note", s(r.note()));
        i.put("stage", s(r.stage().name()));
        i.put("recordedAt", s(r.recordedAt().toString()));
        i.put("revision", n(r.revision()));
        return i;
    }

    private List<MemberReview> query(String caseId, String prefix) {
        List<MemberReview> out = new ArrayList<>();
        dynamo.queryPaginator(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)), ":prefix", s(prefix))))
                .items().forEach(i -> out.add(new MemberReview(str(i, "caseId"),
                        ReviewSubject.valueOf(str(i, "subject")), (int) num(i, "documentVersion"), str(i, "memberId"),
                        str(i, "memberName"), ReviewOpinion.valueOf(str(i, "opinion")), str(i, "note"),
                        Stage.valueOf(str(i, "stage")), instant(i, "recordedAt"), num(i, "revision"))));
        return out;
    }
}
