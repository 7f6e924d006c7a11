/**
 * The rules of base data (SPEC §2, §3), plain Java: the document, its checks and the GB 18218 grading; exposed to
 * other features and the web (the base-data document's records in the single-object forms) as the named interface
 * {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.registry.rules;

import org.springframework.modulith.NamedInterface;
