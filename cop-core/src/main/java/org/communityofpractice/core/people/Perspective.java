package org.communityofpractice.core.people;

/**
 * The perspectives a person brings to a community. No form of expertise is preeminent: lived
 * experience counts as much as a professional qualification.
 */
public enum Perspective {
  /** An expert by lived experience, such as an Expert Citizen. */
  EXPERT_BY_EXPERIENCE,
  /** A frontline practitioner: a social worker, a support worker, a housing officer. */
  FRONTLINE_PRACTITIONER,
  /** A manager of a team or service. */
  MANAGER,
  /** A commissioner of services. */
  COMMISSIONER,
  /** A provider of services. */
  PROVIDER,
  /** Someone with no direct link to the topic, who helps the group see the wood for the trees. */
  NEUTRAL_EXPERT,
  /** A guest invited for their expertise, such as a former prison governor. */
  EXPERT_WITNESS,
  /** A researcher or academic. */
  ACADEMIC,
  /** A local influencer or community member with an interest in the topic. */
  COMMUNITY_MEMBER
}
