package com.slotledger.api.centre;

public enum Difficulty {
    EASY, MEDIUM, HARD
}
