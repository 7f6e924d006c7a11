package org.hazwatch.platform.support;

import java.util.Optional;

/**
 * The place {@link Attachments} keeps its files, by their SHA-256 id: {@link DiskFiles} under the data directory or
 * {@link S3Files} in an S3-compatible bucket ({@link StorageConfiguration} picks one).
 */
interface StoredFiles {

    /** Keeps the bytes under the id, unless a file with this id (so these bytes) is already kept. */
    void keep(String id, String contentType, byte[] bytes);

    /** The bytes kept under the id, or empty. */
    Optional<byte[]> read(String id);

    /** Where the files go, for the start-up log (no secret). */
    String where();
}
