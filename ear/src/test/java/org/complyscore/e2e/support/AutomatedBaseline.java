package org.complyscore.e2e.support;

import java.util.List;

/**
 * The actions of the built-in Data Protection Baseline that have testing logic (F31): on a fresh
 * installation their state is tested by automated monitoring and waits for its first signal ("To be
 * detected"). The sample collector's checks are what they listen to.
 */
public final class AutomatedBaseline {

  public static final String SC_8 = "SC-8 Transmission Confidentiality and Integrity";
  public static final String SC_8_1 =
      "SC-8(1) Transmission Confidentiality and Integrity | Cryptographic Protection";
  public static final String SC_23 = "SC-23 Session Authenticity";
  public static final String CM_6 = "CM-6 Configuration Settings";
  public static final String CM_7 = "CM-7 Least Functionality";
  public static final String IA_5_1 =
      "IA-5(1) Authenticator Management | Password-based Authentication";

  public static final List<String> TITLES = List.of(SC_8, SC_8_1, SC_23, CM_6, CM_7, IA_5_1);

  private AutomatedBaseline() {}
}
