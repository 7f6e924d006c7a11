package org.hazwatch.platform.support;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where {@link Attachments} keeps its files (snapshots, photos, documents): on disk under
 * {@code <data-dir>/attachments} (the default) or, when {@code hazwatch.storage.s3.bucket} is set, in an
 * S3-compatible object store (production: MinIO, Ceph RGW, a cloud's OSS/COS with its S3 API). Content-addressed
 * either way (the SHA-256 of the bytes names the file), never in a table row.
 */
@ConfigurationProperties("hazwatch.storage")
public record StorageProperties(@DefaultValue S3 s3) {

    public boolean s3Configured() {
        return s3 != null && s3.bucket() != null && !s3.bucket().isBlank();
    }

    /**
     * @param endpoint  the store's URL ({@code https://minio.example.gov.cn:9000}); empty for AWS itself
     * @param bucket    the bucket; setting it turns the S3 store on
     * @param region    the signing region ({@code us-east-1} suits most S3-compatible servers)
     * @param accessKey the access key id
     * @param secretKey the secret key (better: {@code HAZWATCH_STORAGE_S3_SECRET_KEY} in the environment)
     * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key}: what most
     *                  S3-compatible servers on a plain host name need
     * @param prefix    the key prefix the files go under, before {@code <first two digits>/<sha-256>}
     */
    public record S3(URI endpoint, String bucket, @DefaultValue("us-east-1") String region, String accessKey,
                     String secretKey, @DefaultValue("true") boolean pathStyle,
                     @DefaultValue("attachments/") String prefix) {

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", accessKey="
                    + accessKey + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
        }
    }
}
