package com.slotledger.app.support;

import com.slotledger.api.shared.Role;
import com.slotledger.app.support.Api.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint against no token and against every role: without a token the answer is 401; a role the endpoint
 * admits passes security (neither 401 nor 403, and no 5xx), whatever the business answer; any other role gets 403
 * with the problem code FORBIDDEN. All wrong answers are collected, then reported together.
 */
public final class RoleMatrix {

    /** One endpoint: the roles it admits, and its answer to a token (null: no token). */
    public record Endpoint(String name, Set<Role> allowed, Function<String, Reply> answer) {
    }

    private RoleMatrix() {
    }

    /**
     * {@code scopeRefusalPasses}: where an admitted role may still be refused for a record outside its scope (another
     * company's, another centre's), that 403 OUT_OF_SCOPE counts as passing security.
     */
    public static void assertAdmitsExactly(List<Endpoint> endpoints, Function<Role, String> tokenOf,
                                           boolean scopeRefusalPasses) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Reply anonymous = endpoint.answer().apply(null);
            if (anonymous.status() != 401) {
                wrong.add(endpoint.name() + " anonymous -> " + anonymous.status());
            }
            for (Role role : Role.values()) {
                Reply reply = endpoint.answer().apply(tokenOf.apply(role));
                boolean refused = reply.status() == 401 || reply.status() == 403;
                if (endpoint.allowed().contains(role)) {
                    if (refused && !(scopeRefusalPasses && "OUT_OF_SCOPE".equals(code(reply)))) {
                        wrong.add(endpoint.name() + " " + role + " refused: " + reply);
                    }
                    if (reply.status() >= 500) {
                        wrong.add(endpoint.name() + " " + role + " failed: " + reply);
                    }
                } else if (reply.status() != 403 || !"FORBIDDEN".equals(code(reply))) {
                    wrong.add(endpoint.name() + " " + role + " not refused with FORBIDDEN: " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The problem code, if the answer is a problem document (an .ics or a file is not). */
    private static String code(Reply reply) {
        return reply.body() instanceof Map<?, ?> map && map.get("code") != null ? map.get("code").toString() : null;
    }
}
