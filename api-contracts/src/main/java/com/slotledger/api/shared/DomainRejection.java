package com.slotledger.api.shared;

/** The domain said no: an expected outcome with a stable code, never a system failure. */
public class DomainRejection extends RuntimeException {

    private final ErrorCode code;

    public DomainRejection(ErrorCode code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }
}
