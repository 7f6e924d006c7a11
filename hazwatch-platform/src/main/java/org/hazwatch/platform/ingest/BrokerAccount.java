package org.hazwatch.platform.ingest;

import java.security.SecureRandom;
import java.util.HexFormat;

/** An account of the platform's own MQTT client at an external broker (the reader of every ingest topic). */
record BrokerAccount(String username, String password) {

    /** A new account: a password of 32 random bytes, never shown (tests set up brokers with one). */
    static BrokerAccount internal(String username) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new BrokerAccount(username, HexFormat.of().formatHex(secret));
    }

    @Override
    public String toString() {
        return "BrokerAccount[" + username + "]";
    }
}
