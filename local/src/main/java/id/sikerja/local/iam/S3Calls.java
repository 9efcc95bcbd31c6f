package id.sikerja.local.iam;

import id.sikerja.local.template.LocalNames;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What IAM authorizes for an S3 request (path-style: {@code /bucket/key}), as S3's "actions and the operations
 * they authorize": GET and HEAD of an object {@code s3:GetObject}, or {@code s3:GetObjectVersion} with a
 * {@code versionId}; PUT {@code s3:PutObject} (a copy also reads its source); DELETE {@code s3:DeleteObject}, or
 * {@code s3:DeleteObjectVersion} with a {@code versionId}; the {@code tagging} sub-resource
 * {@code s3:Get/Put/DeleteObject(Version)Tagging}; multipart uploads {@code s3:PutObject}; bucket requests
 * {@code s3:ListBucket}, {@code s3:ListBucketVersions}, {@code s3:CreateBucket}, ... on the bucket's ARN. A CORS
 * preflight ({@code OPTIONS}) is no IAM request: S3 answers it from the bucket's CORS rules.
 */
final class S3Calls {

    private static final Pattern KEY = Pattern.compile("<Key>(.*?)</Key>", Pattern.DOTALL);

    private S3Calls() {
    }

    static List<AwsCall> calls(String method, String rawPath, Map<String, String> query, String copySource,
            byte[] body) {
        if (method.equals("OPTIONS")) {
            // a browser's CORS preflight (before a pre-signed PUT): S3 answers it from the bucket's CORS rules,
            // unauthenticated, and IAM never sees it
            return List.of();
        }
        String path = decode(rawPath);
        if (path.equals("/") || path.isEmpty()) {
            return List.of(new AwsCall("s3:ListAllMyBuckets", "*"));
        }
        int slash = path.indexOf('/', 1);
        String bucket = slash < 0 ? path.substring(1) : path.substring(1, slash);
        String key = slash < 0 || slash == path.length() - 1 ? null : path.substring(slash + 1);
        String bucketArn = "arn:" + LocalNames.PARTITION + ":s3:::" + bucket;
        if (key == null) {
            return bucketCalls(method, query, bucketArn, body);
        }
        String objectArn = bucketArn + "/" + key;
        boolean version = query.containsKey("versionId");
        boolean tagging = query.containsKey("tagging");
        List<AwsCall> calls = new ArrayList<>();
        switch (method) {
            case "GET", "HEAD" -> {
                if (query.containsKey("uploadId")) {
                    calls.add(new AwsCall("s3:ListMultipartUploadParts", objectArn));
                } else if (query.containsKey("acl")) {
                    calls.add(new AwsCall(version ? "s3:GetObjectVersionAcl" : "s3:GetObjectAcl", objectArn));
                } else {
                    calls.add(new AwsCall(tagging ? (version ? "s3:GetObjectVersionTagging" : "s3:GetObjectTagging")
                            : version ? "s3:GetObjectVersion" : "s3:GetObject", objectArn));
                }
            }
            case "PUT" -> {
                if (tagging) {
                    calls.add(new AwsCall(version ? "s3:PutObjectVersionTagging" : "s3:PutObjectTagging", objectArn));
                } else if (query.containsKey("acl")) {
                    calls.add(new AwsCall(version ? "s3:PutObjectVersionAcl" : "s3:PutObjectAcl", objectArn));
                } else {
                    calls.add(new AwsCall("s3:PutObject", objectArn));
                    if (copySource != null) {
                        calls.add(copySource(copySource));
                    }
                }
            }
            case "POST" -> calls.add(new AwsCall("s3:PutObject", objectArn)); // create or complete a multipart upload
            case "DELETE" -> {
                if (tagging) {
                    calls.add(new AwsCall(version ? "s3:DeleteObjectVersionTagging" : "s3:DeleteObjectTagging",
                            objectArn));
                } else if (query.containsKey("uploadId")) {
                    calls.add(new AwsCall("s3:AbortMultipartUpload", objectArn));
                } else {
                    calls.add(new AwsCall(version ? "s3:DeleteObjectVersion" : "s3:DeleteObject", objectArn));
                }
            }
            default -> calls.add(new AwsCall("s3:" + method, objectArn));
        }
        return calls;
    }

    private static List<AwsCall> bucketCalls(String method, Map<String, String> query, String bucketArn, byte[] body) {
        String action = switch (method) {
            case "GET", "HEAD" -> query.containsKey("versions") ? "s3:ListBucketVersions"
                    : query.containsKey("uploads") ? "s3:ListBucketMultipartUploads"
                    : query.containsKey("location") ? "s3:GetBucketLocation"
                    : query.containsKey("versioning") ? "s3:GetBucketVersioning"
                    : query.containsKey("cors") ? "s3:GetBucketCORS" : "s3:ListBucket";
            case "PUT" -> query.containsKey("versioning") ? "s3:PutBucketVersioning"
                    : query.containsKey("cors") ? "s3:PutBucketCORS" : "s3:CreateBucket";
            case "DELETE" -> "s3:DeleteBucket";
            case "POST" -> query.containsKey("delete") ? null : "s3:" + method;
            default -> "s3:" + method;
        };
        if (action != null) {
            return List.of(new AwsCall(action, bucketArn));
        }
        // DeleteObjects: each key needs s3:DeleteObject (or DeleteObjectVersion with a VersionId)
        List<AwsCall> calls = new ArrayList<>();
        String xml = new String(body, StandardCharsets.UTF_8);
        for (String entry : xml.split("<Object>")) {
            Matcher key = KEY.matcher(entry);
            if (key.find()) {
                calls.add(new AwsCall(entry.contains("<VersionId>") ? "s3:DeleteObjectVersion" : "s3:DeleteObject",
                        bucketArn + "/" + key.group(1)));
            }
        }
        return calls;
    }

    private static AwsCall copySource(String header) {
        String source = decode(header.startsWith("/") ? header.substring(1) : header);
        boolean version = source.contains("?versionId=");
        if (version) {
            source = source.substring(0, source.indexOf("?versionId="));
        }
        return new AwsCall(version ? "s3:GetObjectVersion" : "s3:GetObject",
                "arn:" + LocalNames.PARTITION + ":s3:::" + source);
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            query.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                    equals < 0 ? "" : decode(pair.substring(equals + 1)));
        }
        return query;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
