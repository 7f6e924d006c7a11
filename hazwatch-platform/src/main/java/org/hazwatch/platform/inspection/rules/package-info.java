/**
 * The rules of the regulators' daily supervision (SPEC §9), plain Java; exposed to other features (the web, the demo
 * seed) as the named interface {@code rules}.
 */
@NamedInterface("rules")
package org.hazwatch.platform.inspection.rules;

import org.springframework.modulith.NamedInterface;
