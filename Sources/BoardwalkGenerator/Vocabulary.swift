/// Words that plans for SEND boards are made of, for generated text of realistic shape.
enum Vocabulary {
  static let verbs = [
    "Develop", "Embed", "Review", "Publish", "Co-produce", "Strengthen", "Implement", "Agree",
    "Commission", "Extend",
    "Reduce", "Improve", "Train", "Evaluate", "Establish", "Refresh", "Map out", "Ensure",
    "Introduce", "Monitor",
  ]
  static let objects = [
    "the graduated approach", "EHC needs assessments", "annual reviews", "the Local Offer website",
    "preparation for adulthood pathways", "the quality assurance framework",
    "neurodevelopmental assessment waits",
    "joint commissioning arrangements", "the sufficiency strategy", "transition protocols",
    "the SEND dashboard",
    "parent carer feedback", "early help for families", "specialist provision",
    "alternative provision referrals",
    "the workforce development offer", "outreach from special schools", "short breaks",
    "health advice returns",
    "the inclusion charter",
  ]
  static let purposes = [
    "so that families know what support is available and how to reach it",
    "so that children’s needs are identified early and met in their local school",
    "with clear measures of impact reported to the SEND Improvement Board each quarter",
    "working with the Parent Carer Forum and young people at every stage",
    "so that plans are issued within 20 weeks and describe outcomes in the child’s own words",
    "across education, health and social care, with shared accountability",
    "reducing escalation to statutory assessment and improving attendance",
    "including the voice of children and young people – “nothing about us without us”",
    "with a named lead in each locality and a single point of contact for families",
    "and report progress, risks and decisions to every board meeting",
  ]
  static let measures = [
    "Percentage of EHC plans issued within 20 weeks (monthly)",
    "Parent carer confidence score from the annual survey",
    "Number of children waiting more than 52 weeks for assessment",
    "Attendance and suspension rates for pupils with SEND",
    "Proportion of annual reviews completed on time",
    "Complaints and tribunal appeals citing communication",
  ]
  static let roleHeads = [
    "Head of", "Assistant Director,", "Director of", "Lead for", "Manager,", "Principal",
    "Designated Clinical Officer,",
    "Senior Officer,", "Coordinator,", "Deputy Head of",
  ]
  static let roleSubjects = [
    "SEND", "Inclusion", "Education", "Children’s Services", "Commissioning",
    "Preparation for Adulthood",
    "Educational Psychology", "Early Help", "Quality Assurance", "Performance", "Transformation",
    "Health Integration",
    "Social Care", "Sufficiency", "Communications", "Neurodiversity Pathway",
  ]
  static let places = [
    "North", "South", "East", "West", "Central", "Rural", "City", "Coastal", "Île-de-Parc", "東区",
  ]
  static let areaThemes = [
    "Timeliness and quality of EHC plans", "Preparation for adulthood",
    "Quality assurance and data",
    "Communication with families", "Neurodevelopmental waiting times",
    "Inclusive mainstream practice",
    "Sufficiency of specialist places", "Joint commissioning", "Workforce development",
    "Co-production",
    "Alternative provision", "Health contributions", "Social care contributions",
    "Early identification",
    "Governance and accountability", "Transitions between phases", "Attendance and inclusion",
    "Short breaks",
    "Emotional wellbeing and mental health", "Voice of the child",
  ]
}
