package com.slotledger.recognition.evaluation;

import com.slotledger.recognition.support.Orl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrlEvaluationTest {

    @Test
    void thePipelineReachesTheTargetAtFiveOfFiveAndBeatsThePlainBaselineAtEverySplit() {
        List<OrlEvaluation.Split> splits = new OrlEvaluation(Orl.dataset(), System.out).splits();
        System.out.println("ORL splits: " + splits);
        assertEquals(List.of(5, 2, 1), splits.stream().map(OrlEvaluation.Split::enrolled).toList());
        assertEquals(92.0, splits.get(0).baseline(), 0.01, "the plain LBPH baseline as measured before any tuning");
        assertTrue(splits.get(0).pipeline() >= 95.0, "target at 5/5: " + splits.get(0));
        splits.forEach(split -> assertTrue(split.pipeline() > split.baseline(), split.toString()));
    }
}
