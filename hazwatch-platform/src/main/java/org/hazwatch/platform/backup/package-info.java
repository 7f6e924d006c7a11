/**
 * Backup and restore (issue 20): {@code ./hazwatch backup FILE} and {@code ./hazwatch restore FILE}, run from the
 * platform's jar without its web server ({@link org.hazwatch.platform.backup.BackupCommand}). The database is dumped
 * with PostgreSQL's own {@code pg_dump} (custom format) in one snapshot while the platform runs, the attachments are
 * copied beside it, all in one zip with a manifest (docs/BACKUP.md).
 */
package org.hazwatch.platform.backup;
