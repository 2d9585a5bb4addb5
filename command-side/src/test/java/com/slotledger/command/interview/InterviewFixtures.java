package com.slotledger.command.interview;

import com.slotledger.api.interview.InterviewEvents.InterviewBooked;
import com.slotledger.api.interview.InterviewEvents.InterviewSlotCreated;
import com.slotledger.api.interview.InterviewTypes.AvailabilityPattern;
import com.slotledger.api.interview.InterviewTypes.SlotSpec;
import com.slotledger.api.interview.InterviewTypes.SlotType;
import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Interview fixtures with the command side's lookups kept in memory: what the database decides over HTTP (overlap,
 * per-day counts) is imitated just enough for the aggregates' own rules to be tested here.
 */
final class InterviewFixtures {

    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final String SLOT = "slot-1";
    static final String ACME = "acme";
    static final String IVY = "ivy";
    static final String BERLIN = "Europe/Berlin";
    /** 10:00–11:00 in Berlin on a Tuesday. */
    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T10:00:00Z");

    private InterviewFixtures() {
    }

    static AggregateTestFixture<InterviewSlot> slotFixture(Registry registry, Patterns patterns, BusinessHours hours) {
        return slotFixture(registry, patterns, hours, new Companies());
    }

    static AggregateTestFixture<InterviewSlot> slotFixture(Registry registry, Patterns patterns, BusinessHours hours,
                                                           Companies companies) {
        AggregateTestFixture<InterviewSlot> fixture = new AggregateTestFixture<>(InterviewSlot.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new SlotCreation(fixture.getRepository(), registry, patterns, hours,
                companies));
        fixture.registerAnnotatedCommandHandler(new Bookings(fixture.getRepository(), registry));
        return fixture;
    }

    static EmbeddedEventStore inMemoryStore() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    /** Every event payload in the store, in order. */
    static List<Object> payloads(EventStore store) {
        List<Object> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable()) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return payloads;
    }

    static SlotSpec spec(Instant start, Instant end, String zone, int max) {
        return new SlotSpec(SlotType.FIXED, IVY, ACME, "job-1", start, end, zone, max, null);
    }

    static InterviewSlotCreated created(int max) {
        return new InterviewSlotCreated(SLOT, spec(START, END, BERLIN, max), null, null, "rec", NOW.minusSeconds(3600));
    }

    static InterviewBooked booked(String scheduleId, String interviewId) {
        return new InterviewBooked(SLOT, scheduleId, interviewId, "cand-" + interviewId, ACME, IVY, START, END, null,
                "rec", NOW);
    }

    /** Available Monday to Sunday, all day, in the zone given. */
    static List<Availabilities.Row> everyDay(String zone, Integer maxPerDay, LocalDate from, LocalDate until) {
        List<Availabilities.Row> rows = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            rows.add(new Availabilities.Row(day, LocalTime.MIN, LocalTime.MAX, true, maxPerDay, from, until,
                    ZoneId.of(zone)));
        }
        return rows;
    }

    /** The lookup tables in memory: slots, interviews and bookings by id; claimed times and per-day counts. */
    static class Registry extends InterviewRegistry {
        final Map<String, SlotRef> slots = new HashMap<>();
        final Map<String, InterviewRef> interviews = new HashMap<>();
        final Map<String, BookingRef> bookings = new HashMap<>();
        final Set<String> live = new HashSet<>();
        final List<Instant[]> claimed = new ArrayList<>();
        final Map<LocalDate, Integer> perDay = new HashMap<>();

        Registry() {
            super(null, null);
        }

        Registry withSlot() {
            slots.put(SLOT, new SlotRef(SLOT, IVY, ACME, START, END));
            return this;
        }

        Registry withInterview(String interviewId, String companyId) {
            interviews.put(interviewId, new InterviewRef(interviewId, "cand-" + interviewId, companyId));
            return this;
        }

        Registry withBooking(String scheduleId, String interviewId) {
            bookings.put(scheduleId, new BookingRef(scheduleId, SLOT, interviewId, "cand-" + interviewId, ACME, IVY, true));
            live.add(scheduleId);
            return this;
        }

        /** A slot the interviewer already has, counted on its day. */
        void claimSlot(String slotId, Instant start, Instant end, LocalDate day) {
            claimed.add(new Instant[]{start, end});
            perDay.merge(day, 1, Integer::sum);
        }

        @Override
        Claim tryClaimSlot(String slotId, SlotSpec spec, LocalDate day, Integer maxPerDay) {
            if (claimed.stream().anyMatch(c -> c[0].isBefore(spec.end()) && spec.start().isBefore(c[1]))) {
                return Claim.OVERLAP;
            }
            if (maxPerDay != null && perDay.getOrDefault(day, 0) >= maxPerDay) {
                return Claim.DAY_FULL;
            }
            claimSlot(slotId, spec.start(), spec.end(), day);
            return Claim.CLAIMED;
        }

        @Override
        void claimInterview(String interviewId, String candidateId, String companyId, String jobId) {
            interviews.put(interviewId, new InterviewRef(interviewId, candidateId, companyId));
        }

        @Override
        void cancelSlot(String slotId) {
            bookings.values().stream().filter(b -> b.slotId().equals(slotId)).forEach(b -> live.remove(b.scheduleId()));
        }

        @Override
        boolean takeSeat(String slotId) {
            return true; // the aggregate's own capacity rule is what these tests look at
        }

        @Override
        boolean freeSeat(String slotId, String scheduleId) {
            return live.contains(scheduleId);
        }

        @Override
        void claimBooking(String scheduleId, BookingRef booking, Instant start, Instant end) {
            bookings.put(scheduleId, booking);
            live.add(scheduleId);
        }

        @Override
        void releaseBooking(String scheduleId) {
            live.remove(scheduleId);
        }

        @Override
        public Optional<SlotRef> slot(String slotId) {
            return Optional.ofNullable(slots.get(slotId));
        }

        @Override
        public Optional<InterviewRef> interview(String interviewId) {
            return Optional.ofNullable(interviews.get(interviewId));
        }

        @Override
        public Optional<BookingRef> booking(String scheduleId) {
            return Optional.ofNullable(bookings.get(scheduleId)).map(b -> new BookingRef(b.scheduleId(), b.slotId(),
                    b.interviewId(), b.candidateId(), b.companyId(), b.interviewerId(), live.contains(scheduleId)));
        }
    }

    /**
     * Companies and jobs in memory: {@code acme} with its job {@code job-1}, and {@code globex}, all active. Over HTTP
     * the rows' share locks make these checks hold against concurrent deactivations; here they are plain lookups.
     */
    static class Companies extends CompanyRegistry {
        final Map<String, Boolean> companies = new HashMap<>(Map.of(ACME, true, "globex", true));
        final Map<String, String> jobCompany = new HashMap<>(Map.of("job-1", ACME));
        final Set<String> inactiveJobs = new HashSet<>();

        Companies() {
            super(null, null);
        }

        @Override
        void claimCompany(String companyId, String name) {
            companies.put(companyId, true);
        }

        @Override
        void renameCompany(String companyId, String name) {
            require(companyId);
        }

        @Override
        void deactivateCompany(String companyId) {
            require(companyId);
            companies.put(companyId, false);
        }

        @Override
        void claimJob(String jobId, String companyId) {
            jobCompany.put(jobId, companyId);
        }

        @Override
        void deactivateJob(String jobId) {
            inactiveJobs.add(jobId);
        }

        @Override
        public void requireActiveCompany(String companyId) {
            if (!require(companyId)) {
                throw new DomainRejection(ErrorCode.COMPANY_INACTIVE, companyId);
            }
        }

        @Override
        void requireActiveJob(String jobId, String companyId) {
            if (jobId == null) {
                return;
            }
            String owner = companyOfJob(jobId).orElseThrow(() -> jobNotFound(jobId));
            if (!owner.equals(companyId)) {
                throw new DomainRejection(ErrorCode.JOB_COMPANY_MISMATCH, jobId);
            }
            if (inactiveJobs.contains(jobId)) {
                throw new DomainRejection(ErrorCode.JOB_INACTIVE, jobId);
            }
        }

        @Override
        public Optional<String> companyOfJob(String jobId) {
            return Optional.ofNullable(jobCompany.get(jobId));
        }

        private boolean require(String companyId) {
            Boolean active = companies.get(companyId);
            if (active == null) {
                throw companyNotFound(companyId);
            }
            return active;
        }
    }

    /** Availability patterns in memory; the judging is the real one. */
    static class Patterns extends Availabilities {
        final List<Row> rows = new ArrayList<>();
        final Map<String, AvailabilityPattern> saved = new HashMap<>();

        Patterns() {
            super(null);
        }

        Patterns with(List<Row> more) {
            rows.addAll(more);
            return this;
        }

        @Override
        List<Row> patterns(String interviewerId) {
            return rows;
        }

        @Override
        void save(String availabilityId, AvailabilityPattern pattern) {
            saved.put(availabilityId, pattern);
        }

        @Override
        void remove(String availabilityId) {
            saved.remove(availabilityId);
        }
    }
}
