package com.slotledger.command.identity;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * BCrypt hashing. Cost 10 (about 90 ms here) rather than 12 (350 ms): on two cores cost 12 would cap logins at
 * a handful per second, while 10 still costs an offline attacker ~1,000 times a plain hash per guess.
 */
@Singleton
public class Passwords {

    static final int COST = 10;
    public static final int MIN_LENGTH = 8;

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
