/**
 * Cascade (级联, SPEC §12, docs/CASCADE.md): a city platform forwards its objects to the province platform with the
 * ingest's signed envelope and an outbox; the province keeps them under the city's node, read-only, and sends its
 * follow-up orders (督办) back down.
 */
package org.hazwatch.platform.cascade;
