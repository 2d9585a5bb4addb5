package com.slotledger.query.audit;

import java.time.Instant;

record EventFilter(long after, String type, String actor, Instant from, Instant to) {
}
