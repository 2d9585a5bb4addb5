package com.slotledger.query.shared;

import java.util.List;
import java.util.Optional;

/** The projections' progress and control, implemented where Axon is assembled. */
public interface Projections {

    List<ProjectionStatus> list();

    Optional<ProjectionStatus> find(String name);

    /** True when every segment of the named projection has handled the event at this global position. */
    boolean reached(String name, long position);

    /** Stops the projection, clears its tables through its reset handler, and replays it from the first event. */
    void replay(String name);
}
