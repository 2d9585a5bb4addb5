package com.slotledger.api.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema revision of a published event or a snapshotted aggregate. Changing an event's shape means a new
 * revision and an upcaster. Our own annotation keeps the contracts free of framework imports.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    String value();
}
