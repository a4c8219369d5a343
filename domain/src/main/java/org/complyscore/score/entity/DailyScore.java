package org.complyscore.score.entity;

import java.time.LocalDate;

/** The overall score at the end of one day, a point of the trend (F15). */
public record DailyScore(LocalDate day, Score score) {}
