/**
 * Access progress (接入进度): per jurisdiction, the enterprises and points registered, connected (ever heard), online
 * now and never connected, with the major-hazard enterprises not yet connected; from the registry and telemetry.
 */
package org.hazwatch.platform.access;
