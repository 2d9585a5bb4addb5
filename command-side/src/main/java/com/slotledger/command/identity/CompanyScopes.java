package com.slotledger.command.identity;

/**
 * The companies a user can belong to. The interview feature keeps the company registry; identity only asks it, so a
 * recruiter or interviewer is never created for a company that does not exist or is closed.
 */
public interface CompanyScopes {

    /** Refuses a missing (COMPANY_NOT_FOUND) or deactivated (COMPANY_INACTIVE) company, held so until commit. */
    void requireActiveCompany(String companyId);
}
