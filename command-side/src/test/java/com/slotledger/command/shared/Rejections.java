package com.slotledger.command.shared;

import com.slotledger.api.shared.DomainRejection;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** For aggregate tests: the command was refused with this stable code. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<Throwable> rejected(String code) {
        return Matchers.predicate(e -> e instanceof DomainRejection r && r.code().name().equals(code));
    }
}
