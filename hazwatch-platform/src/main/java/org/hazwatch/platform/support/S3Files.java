package org.hazwatch.platform.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible object store, under {@code <prefix><first two digits>/<sha-256>}. A file is
 * written once: a HEAD finds one already kept (the same bytes, since the key is their digest), else it is PUT with its
 * Content-MD5, so the store refuses bytes damaged on the way. Checksums beyond that (the SDK's CRC trailers, which
 * several S3-compatible servers refuse) are asked for only where the API requires them.
 *
 * <p>The bucket must exist: it is looked up at start, and a missing bucket, wrong keys or an unreachable endpoint stop
 * the platform with a message saying which, rather than failing the first photo someone uploads.
 */
final class S3Files implements StoredFiles, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final String where;

    S3Files(StorageProperties.S3 settings) {
        this.s3 = client(settings);
        this.bucket = settings.bucket();
        this.prefix = settings.prefix() == null ? "" : settings.prefix();
        this.where = "s3 " + (settings.endpoint() == null ? "(AWS)" : settings.endpoint()) + " bucket " + bucket
                + (prefix.isEmpty() ? "" : " prefix " + prefix);
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            s3.close();
            throw new IllegalStateException(switch (e.statusCode()) {
                case 404 -> "S3 bucket '" + bucket + "' does not exist at " + where + ": create it first";
                case 401, 403 -> "S3 store refused the keys for bucket '" + bucket + "' at " + where
                        + " (hazwatch.storage.s3.access-key/secret-key): HTTP " + e.statusCode();
                default -> "S3 store answered HTTP " + e.statusCode() + " for bucket '" + bucket + "' at " + where;
            }, e);
        } catch (SdkException e) {
            s3.close();
            throw new IllegalStateException("S3 store not reachable at " + where + ": " + e.getMessage(), e);
        }
    }

    static S3Client client(StorageProperties.S3 settings) {
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                        settings.secretKey() == null ? "" : settings.secretKey()));
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30))
                        .build())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    @Override
    public void keep(String id, String contentType, byte[] bytes) {
        String key = keyOf(id);
        if (exists(key)) {
            return;
        }
        s3.putObject(p -> p.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length)
                .contentMD5(md5(bytes)), RequestBody.fromBytes(bytes));
    }

    @Override
    public Optional<byte[]> read(String id) {
        try {
            return Optional.of(s3.getObjectAsBytes(g -> g.bucket(bucket).key(keyOf(id))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public String where() {
        return where;
    }

    @Override
    public void close() {
        s3.close();
    }

    String keyOf(String id) {
        return prefix + id.substring(0, 2) + "/" + id;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
