package com.slotledger.command.interview;

import com.slotledger.api.interview.CompanyCommands;
import com.slotledger.api.interview.CompanyCommands.CreateCompany;
import com.slotledger.api.interview.CompanyCommands.DeactivateCompany;
import com.slotledger.api.interview.CompanyCommands.RenameCompany;
import com.slotledger.api.interview.CompanyEvents.CompanyCreated;
import com.slotledger.api.interview.CompanyEvents.CompanyDeactivated;
import com.slotledger.api.interview.CompanyEvents.CompanyRenamed;
import com.slotledger.command.shared.TargetedCommandResolver;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.slotledger.command.interview.InterviewFixtures.NOW;
import static com.slotledger.command.shared.Rejections.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A company: created with a name, renamed while active, deactivated once (who, when and why are kept). */
class CompanyTest {

    private static final String ID = "initech";
    private static final Instant EARLIER = NOW.minusSeconds(3600);
    private static final CompanyCreated CREATED = new CompanyCreated(ID, "Initech", "admin", EARLIER);

    private InterviewFixtures.Companies registry;

    @BeforeEach
    void setUp() {
        registry = new InterviewFixtures.Companies();
    }

    private AggregateTestFixture<Company> fixture() {
        AggregateTestFixture<Company> fixture = new AggregateTestFixture<>(Company.class);
        fixture.registerCommandTargetResolver(new TargetedCommandResolver());
        fixture.registerAnnotatedCommandHandler(new CompanyDirectory(fixture.getRepository(), null, registry));
        return fixture;
    }

    @Test
    void aCompanyIsCreatedWithItsNameAndRegisteredForWhatRefersToIt() {
        fixture().givenNoPriorActivity()
                .when(new CreateCompany(ID, "Initech", "admin", NOW))
                .expectEvents(new CompanyCreated(ID, "Initech", "admin", NOW));
        assertEquals(true, registry.companies.get(ID));
    }

    @Test
    void aCompanyNeedsAName() {
        fixture().givenNoPriorActivity()
                .when(new CreateCompany(ID, " ", "admin", NOW))
                .expectNoEvents()
                .expectException(rejected("VALIDATION_FAILED"));
    }

    @Test
    void aCompanysStreamIsDerivedFromItsIdSoAChosenIdMeetsNoOtherStream() {
        assertEquals(CompanyCommands.companyStream(ID), new CreateCompany(ID, "x", "a", NOW).targetId());
        assertNotEquals(ID, CompanyCommands.companyStream(ID));
        assertNotEquals(CompanyCommands.companyStream("a"), CompanyCommands.companyStream("b"));
    }

    @Test
    void anActiveCompanyIsRenamed() {
        registry.claimCompany(ID, "Initech");
        fixture().given(CREATED)
                .when(new RenameCompany(ID, "Initrode", "admin", NOW))
                .expectEvents(new CompanyRenamed(ID, "Initrode", "admin", NOW));
    }

    @Test
    void renamingToTheSameNameRecordsNothing() {
        registry.claimCompany(ID, "Initech");
        fixture().given(CREATED)
                .when(new RenameCompany(ID, "Initech", "admin", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDeactivationKeepsWhoWhenAndWhyAndClosesTheCompanyToNewReferences() {
        registry.claimCompany(ID, "Initech");
        fixture().given(CREATED)
                .when(new DeactivateCompany(ID, "acquired", "admin", NOW))
                .expectEvents(new CompanyDeactivated(ID, "acquired", "admin", NOW));
        assertFalse(registry.companies.get(ID));
    }

    @Test
    void aCompanyIsDeactivatedOnceAndThenNoLongerRenamed() {
        registry.claimCompany(ID, "Initech");
        CompanyDeactivated deactivated = new CompanyDeactivated(ID, null, "admin", EARLIER);
        fixture().given(CREATED, deactivated)
                .when(new DeactivateCompany(ID, "again", "admin", NOW))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
        fixture().given(CREATED, deactivated)
                .when(new RenameCompany(ID, "Initrode", "admin", NOW))
                .expectNoEvents()
                .expectException(rejected("COMPANY_INACTIVE"));
    }
}
