package org.communityofpractice.core.runningorder;

import java.util.List;

/** The guide's two running orders, with its prompts. */
final class GuideTemplates {
  private GuideTemplates() {}

  private static final Stage MEET_AND_GREET =
      Stage.optional(
          StageKey.MEET_AND_GREET,
          "Meet, greet and offer refreshments",
          "Greet each person and offer refreshments, whenever they arrive: there is no such thing"
              + " as late.",
          "Invite people to add their contact details to the attendance list, and say what it is"
              + " for.");
  private static final Stage WELCOME_NEW =
      Stage.optional(StageKey.WELCOME_NEW, "Welcome anyone who is new to the group individually");
  private static final Stage WELCOME_RETURNING =
      Stage.optional(StageKey.WELCOME_RETURNING, "Welcome anyone who is not new to the group");
  private static final Stage BEST_HOPES =
      Stage.core(
          StageKey.BEST_HOPES,
          "Introductions and best hopes",
          "If this session is a good use of your time what will have happened?",
          "What would have to happen for this to be a good use of your time?");
  private static final Stage GONE_WELL_FIRST =
      Stage.optional(
          StageKey.GONE_WELL, "What's gone well recently?", "What's gone well recently?");
  private static final Stage GONE_WELL =
      Stage.optional(
          StageKey.GONE_WELL,
          "What's gone well since we last met?",
          "What's gone well since we last met?");
  private static final Stage SMALL_STEPS =
      Stage.core(
          StageKey.SMALL_STEPS,
          "Progress: small steps noticed",
          "What small steps have you noticed since we last met?");
  private static final Stage CHAIRS_SUMMARY =
      Stage.optional(
          StageKey.CHAIRS_SUMMARY,
          "The chair's summary of progress",
          "Summarise progress as chair, then ask others for their views on it.");
  private static final Stage UPDATES =
      Stage.optional(StageKey.UPDATES, "Updates on progress for this and other community topics");
  private static final Stage PRESENTATION =
      Stage.core(
          StageKey.PRESENTATION,
          "Presentation of the topic: a case study or example of good practice (5 minutes at most)",
          "What works well, and what would have to happen for that to happen more?",
          "Could you tell me more about that?",
          "Who notices that this is good practice? And who else? Who else?");
  private static final Stage GOOD_PRACTICE =
      Stage.optional(
          StageKey.GOOD_PRACTICE,
          "Examples of good practice related to the presentation",
          "Could you tell me more about that?");
  private static final Stage CLARIFICATION =
      Stage.optional(
          StageKey.CLARIFICATION,
          "Round-table clarification questions in turn",
          "What have you noticed from the presentation, and how does it fit with your"
              + " experience?");
  private static final Stage DISCUSSION =
      Stage.core(
          StageKey.DISCUSSION,
          "Facilitated discussion: preferred future, what is working well, scaling",
          "How will you know when things are a little better?",
          "What will you notice when things begin to improve?",
          "If we had a magic wand and fixed all of this what would you and others notice, see,"
              + " hear, experience?",
          "What is already working well?",
          "On a scale from 1 to 10 how near is this to what we're hoping for?",
          "What would have to happen to get one point up the scale? What else?",
          "Does this have to be a 10 out of 10? What would be a 'good enough' at this point?");
  private static final Stage CONCLUSIONS =
      Stage.core(
          StageKey.CONCLUSIONS,
          "Recording conclusions, next steps and questions",
          "What are the next steps for the group, and the actions for its members?",
          "Look out for small changes that show progress is being made.");
  private static final Stage USEFULNESS =
      Stage.core(
          StageKey.USEFULNESS,
          "Final thoughts on the usefulness of today's community",
          "What has been useful about the session?",
          "What have you noticed during your involvement with the community?");
  private static final Stage THANKS_AND_NEXT_DATE =
      Stage.optional(
          StageKey.THANKS_AND_NEXT_DATE,
          "Thanks from the chair, and the date, time and venue of the next session",
          "Is a further session desirable, on this topic or another?");
  private static final Stage NETWORKING =
      Stage.optional(StageKey.NETWORKING, "Close with networking, and finish off the refreshments");

  static final RunningOrder FIRST =
      RunningOrder.builder()
          .id(RunningOrder.FIRST_SESSION)
          .name("First session")
          .stages(
              List.of(
                  MEET_AND_GREET,
                  BEST_HOPES,
                  GONE_WELL_FIRST,
                  UPDATES,
                  PRESENTATION,
                  GOOD_PRACTICE,
                  CLARIFICATION,
                  DISCUSSION,
                  CONCLUSIONS,
                  USEFULNESS,
                  THANKS_AND_NEXT_DATE,
                  NETWORKING))
          .build();

  static final RunningOrder SUBSEQUENT =
      RunningOrder.builder()
          .id(RunningOrder.SUBSEQUENT_SESSION)
          .name("Subsequent session")
          .stages(
              List.of(
                  MEET_AND_GREET,
                  WELCOME_NEW,
                  WELCOME_RETURNING,
                  BEST_HOPES,
                  GONE_WELL,
                  SMALL_STEPS,
                  CHAIRS_SUMMARY,
                  UPDATES,
                  PRESENTATION,
                  GOOD_PRACTICE,
                  CLARIFICATION,
                  DISCUSSION,
                  CONCLUSIONS,
                  USEFULNESS,
                  THANKS_AND_NEXT_DATE,
                  NETWORKING))
          .build();
}
