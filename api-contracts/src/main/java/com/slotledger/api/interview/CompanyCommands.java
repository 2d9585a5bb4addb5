package com.slotledger.api.interview;

import com.slotledger.api.shared.TargetedCommand;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Commands on the companies and jobs that interview scheduling refers to. {@code by} is the actor, {@code at} the clock. */
public final class CompanyCommands {

    private CompanyCommands() {
    }

    /**
     * A company's own event stream. Its id may be chosen by an administrator (the companyId claim of its users), so
     * its stream gets a name-based id derived from it and can never meet another aggregate's stream.
     */
    public static String companyStream(String companyId) {
        return UUID.nameUUIDFromBytes(("interview-company/" + companyId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public record CreateCompany(String companyId, String name, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return companyStream(companyId);
        }
    }

    public record RenameCompany(String companyId, String name, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return companyStream(companyId);
        }
    }

    public record DeactivateCompany(String companyId, String reason, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return companyStream(companyId);
        }
    }

    /** A job (an opening) of one company; it keeps that company for life. */
    public record CreateJob(String jobId, String companyId, String title, String description, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return jobId;
        }
    }

    public record ChangeJob(String jobId, String title, String description, String by, Instant at)
            implements TargetedCommand {
        public String targetId() {
            return jobId;
        }
    }

    public record DeactivateJob(String jobId, String reason, String by, Instant at) implements TargetedCommand {
        public String targetId() {
            return jobId;
        }
    }
}
