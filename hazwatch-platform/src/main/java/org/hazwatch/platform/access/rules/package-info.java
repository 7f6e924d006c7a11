/** The tally of access progress, plain Java. */
@NamedInterface("rules")
package org.hazwatch.platform.access.rules;

import org.springframework.modulith.NamedInterface;
