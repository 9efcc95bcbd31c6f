package id.sikerja.local.template;

import java.util.List;

/**
 * A function's {@code Type: S3} event: S3 invokes the function (asynchronously) when an event of {@code events}
 * (e.g. {@code s3:ObjectCreated:*}) happens to an object of {@code bucket} whose key matches the filter. Locally
 * the S3 notification proxy of the gateway delivers them.
 *
 * @param bucket the bucket's name (its physical id, as {@code !Ref} gives it)
 * @param events S3 event types, each {@code s3:<Kind>:<Name>} or {@code s3:<Kind>:*}
 * @param prefix the key filter's {@code prefix} rule ("" for none)
 * @param suffix the key filter's {@code suffix} rule ("" for none)
 */
public record S3EventSpec(String functionId, String eventId, String bucket, List<String> events, String prefix,
        String suffix) {

    public S3EventSpec {
        events = List.copyOf(events);
    }

    /** Whether an event named as in a notification record (e.g. {@code ObjectCreated:Put}) on the key is subscribed. */
    public boolean matches(String bucketName, String eventName, String key) {
        if (!bucket.equals(bucketName) || !key.startsWith(prefix) || !key.endsWith(suffix)) {
            return false;
        }
        String name = "s3:" + eventName;
        return events.stream().anyMatch(e -> e.equals(name)
                || e.endsWith(":*") && name.startsWith(e.substring(0, e.length() - 1)));
    }
}
