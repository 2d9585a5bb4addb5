/**
 * Face recognition that marks attendance by sending RecognitionDetected commands. It never touches
 * aggregates or read models directly. Built in the recognition issue; the spine only reserves the module.
 */
package com.slotledger.recognition;
