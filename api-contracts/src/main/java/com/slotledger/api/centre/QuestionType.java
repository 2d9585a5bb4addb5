package com.slotledger.api.centre;

public enum QuestionType {
    MCQ, SHORT, ESSAY
}
