/**
 * The domain of Communities of Practice: communities, the member register, topics, series,
 * sessions, running orders and scaling, with the JSON archive.
 */
module org.communityofpractice.core {
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;

  exports org.communityofpractice.core.analysis;
  exports org.communityofpractice.core.capture;
  exports org.communityofpractice.core.community;
  exports org.communityofpractice.core.consent;
  exports org.communityofpractice.core.json;
  exports org.communityofpractice.core.people;
  exports org.communityofpractice.core.privacy;
  exports org.communityofpractice.core.rights;
  exports org.communityofpractice.core.review;
  exports org.communityofpractice.core.runningorder;
  exports org.communityofpractice.core.scaling;
  exports org.communityofpractice.core.session;
  exports org.communityofpractice.core.store;
  exports org.communityofpractice.core.table;
  exports org.communityofpractice.core.topic;
  exports org.communityofpractice.core.validation;
// not exported: the ...internal packages, and core.synthetic, the generator of synthetic
// networks that cop's own tests, examples and benchmarks use from the class path
}
