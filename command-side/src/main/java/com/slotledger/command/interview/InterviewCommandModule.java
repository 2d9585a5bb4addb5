package com.slotledger.command.interview;

import com.slotledger.command.shared.CommandModule;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

/**
 * Interview scheduling on the command bus: slots, interviews, availability, conflicts, companies and jobs, and their
 * handlers.
 */
@Singleton
class InterviewCommandModule implements CommandModule {

    private final InterviewRegistry registry;
    private final Availabilities availabilities;
    private final BusinessHours hours;
    private final CompanyRegistry companies;

    InterviewCommandModule(InterviewRegistry registry, Availabilities availabilities, CompanyRegistry companies,
                           @Value("${slotledger.interview.business-hours.open:}") String open,
                           @Value("${slotledger.interview.business-hours.close:}") String close) {
        this.registry = registry;
        this.availabilities = availabilities;
        this.companies = companies;
        // a colon cannot appear in a placeholder's default, so the defaults live in BusinessHours
        this.hours = new BusinessHours(open.isBlank() ? BusinessHours.DEFAULT.open() : LocalTime.parse(open),
                close.isBlank() ? BusinessHours.DEFAULT.close() : LocalTime.parse(close));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(InterviewSlot.class, Interview.class, InterviewerAvailability.class, Company.class, Job.class);
    }

    @Override
    public List<Function<Repositories, Object>> handlers() {
        return List.of(
                r -> new SlotCreation(r.of(InterviewSlot.class), registry, availabilities, hours, companies),
                r -> new Bookings(r.of(InterviewSlot.class), registry),
                r -> new InterviewSetup(r.of(Interview.class), r.of(InterviewerAvailability.class), registry,
                        availabilities, companies),
                r -> new CompanyDirectory(r.of(Company.class), r.of(Job.class), companies));
    }
}
