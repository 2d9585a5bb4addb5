package com.slotledger.query.shared;

/** Where a query's read-your-writes position comes from: the query parameter wins over the header. */
public final class MinPosition {

    public static final String HEADER = "X-Min-Position";
    public static final String PARAM = "minPosition";

    private MinPosition() {
    }

    public static Long of(Long param, Long header) {
        return param != null ? param : header;
    }
}
