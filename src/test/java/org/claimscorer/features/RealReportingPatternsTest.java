package org.claimscorer.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscorer.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * Source and cue shapes of published reporting that the extractor once misread: exact source and cue
 * spans, source types and hedges for fixed sentences written for this test.
 */
class RealReportingPatternsTest {

    private final FeatureExtractor extractor = FeatureExtractor.bundled();

    private AttributionFeatures extract(String claim) {
        return extractor.extract(Claim.of(claim, ""));
    }

    private static void assertSource(AttributionFeatures f, String source, SourceType type, String cue) {
        assertEquals(source, f.source() == null ? null : f.source().text(), "source");
        assertEquals(type, f.sourceType(), "type");
        assertEquals(cue, f.cue() == null ? null : f.cue().text(), "cue");
    }

    @Test
    void organisationDescriptorBeforeANameMakesAnOrganisation() {
        assertSource(extract("Pipeline operator NordaGas said deliveries would resume on Friday."),
                "Pipeline operator NordaGas", SourceType.ORGANISATION, "said");
        assertSource(extract("The rights group Open Ledger Watch said at least 40 people were detained."),
                "The rights group Open Ledger Watch", SourceType.ORGANISATION, "said");
    }

    @Test
    void personalTitleBeforeANameStillMakesAnOfficial() {
        assertSource(extract("Company spokesperson Dana Ruiz said the plant would reopen."),
                "Company spokesperson Dana Ruiz", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void unlistedHeadIsTypedByItsNamedAppositive() {
        assertSource(extract("Her closest rival, state Sen. Omar Pell, said the count should be halted."),
                "Her closest rival, state Sen. Omar Pell", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void evidenceVouchedForByAnOutletRestsOnTheOutlet() {
        assertSource(extract("Footage broadcast by state television showed troops crossing the river."),
                "Footage broadcast by state television", SourceType.NEWS_OUTLET, "showed");
        assertSource(extract("Photographs from the village verified by the Associated Press showed burnt-out homes."),
                "Photographs from the village verified by the Associated Press", SourceType.NEWS_OUTLET, "showed");
    }

    @Test
    void unvouchedEvidenceIsNoAttribution() {
        AttributionFeatures f = extract("Satellite images showed new trenches near the border.");
        assertNull(f.source());
        assertNull(f.cue());
    }

    @Test
    void documentSignedByAnOfficialRestsOnTheSigner() {
        assertSource(extract("The letter, signed by Finance Minister Petra Lund, said the budget would be revised."),
                "The letter, signed by Finance Minister Petra Lund", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void documentSeenByAnOutletKeepsItsOwnType() {
        assertSource(extract("An intelligence assessment seen by Reuters concluded that the dam was sabotaged."),
                "An intelligence assessment seen by Reuters", SourceType.OWNERLESS_DOCUMENT, "concluded");
    }

    @Test
    void coordinatedSpeechVerbTakesTheSentenceSubject() {
        assertSource(extract("Vellmark's foreign minister, Ada Korr, thanked the mediators in a televised address "
                        + "and said the prisoners had been released unharmed."),
                "Vellmark's foreign minister, Ada Korr", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void participleAfterACommaTakesTheSentenceSubject() {
        assertSource(extract("The coast guard suspended the search on Monday, saying conditions were too dangerous."),
                "The coast guard", SourceType.ORGANISATION, "saying");
    }

    @Test
    void directiveToldIsNoAttribution() {
        assertSource(extract("Managers told drivers to skip the safety checks, the driver said."),
                "the driver", SourceType.UNNAMED_PERSON, "said");
    }

    @Test
    void outletNamesEndingInPressOrNewsAreSources() {
        assertSource(extract("The Associated Press said the airport had reopened."),
                "The Associated Press", SourceType.NEWS_OUTLET, "said");
        assertSource(extract("The bridge was closed overnight, Sky News reported."),
                "Sky News", SourceType.NEWS_OUTLET, "reported");
        assertSource(extract("Korvish state media confirmed the launch."),
                "Korvish state media", SourceType.NEWS_OUTLET, "confirmed");
    }

    @Test
    void negatedParticipleStaysInsideTheMention() {
        assertSource(extract("Economists not involved in the study said the estimate looked plausible."),
                "Economists not involved in the study", SourceType.UNNAMED_GROUP, "said");
        assertSource(extract("The fares rose sharply, the union representing the station's cleaners said."),
                "the union representing the station's cleaners", SourceType.ORGANISATION, "said");
    }

    @Test
    void authoritiesAreABody() {
        assertSource(extract("Local authorities said the water was safe to drink."),
                "Local authorities", SourceType.ORGANISATION, "said");
    }

    @Test
    void unverifiableClaimIsHedgedWithItsPhrase() {
        assertEquals(List.of("could not independently verify"),
                extract("Harbor Wire could not independently verify the recordings.").hedges().stream()
                        .map(Evidence::text).toList());
        assertEquals(List.of("has not independently confirmed"),
                extract("The Courier has not independently confirmed the account.").hedges().stream()
                        .map(Evidence::text).toList());
        assertTrue(extract("The figure could not be verified.").names().contains("hedge=could not be verified"));
    }

    @Test
    void negatedPassiveAgentIsNoSource() {
        assertSource(extract("One of them said a ransom was paid, a claim that has not been confirmed by any government."),
                "One of them", SourceType.UNNAMED_PERSON, "said");
    }

    @Test
    void namingClauseIsNotTheSentencesAttribution() {
        AttributionFeatures free = extract("She campaigned against what she called a rigged tender.");
        assertNull(free.source());
        assertTrue(free.names().contains("cue.sub=call"));
        AttributionFeatures appositive = extract("Rents have doubled, a trend housing experts call the squeeze.");
        assertNull(appositive.source());
        assertTrue(appositive.names().contains("cue.sub=call"));
    }

    @Test
    void concludingAnActionIsNoCue() {
        AttributionFeatures f = extract("The two sides had concluded 12 of the 20 chapters before the talks collapsed.");
        assertNull(f.source());
        assertTrue(f.names().contains("attr=none"));
    }

    @Test
    void nounCueFormBeforeAVerbIsTheSubject() {
        AttributionFeatures f = extract("Several member states are understood to have objected.");
        assertNull(f.source());
        assertEquals(List.of("are understood to"), f.hedges().stream().map(Evidence::text).toList());
    }

    @Test
    void condemnationIsASpeechAct() {
        assertSource(extract("The foreign ministry has condemned the launch as a grave provocation."),
                "The foreign ministry", SourceType.ORGANISATION, "condemned");
    }

    @Test
    void titleAppositiveIntroducesAPersonForLaterSurnames() {
        AttributionFeatures f = extractor.extract(Claim.of("Mr. Brandt said the order would stand.",
                "The head of the regulator, Tomas Brandt, spoke on Tuesday. Mr. Brandt said the order would stand."));
        assertSource(f, "Mr. Brandt", SourceType.NAMED_OFFICIAL, "said");
        AttributionFeatures publicist = extractor.extract(Claim.of("Vance said the singer died at home.",
                "Her longtime publicist, Rhea Vance, confirmed the death. Vance said the singer died at home."));
        assertSource(publicist, "Vance", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void localAndStateMediaReport() {
        assertSource(extract("Local media reported that the border post had been closed."),
                "Local media", SourceType.NEWS_OUTLET, "reported");
    }

    @Test
    void rulingPartyIsNoRuling() {
        AttributionFeatures f = extract("Velmar's ruling party keeps narrow lead as count enters fourth day");
        assertNull(f.source());
        assertTrue(f.names().contains("attr=none"));
        assertSource(extract("The court ruled that the ban was unlawful."), "The court", SourceType.ORGANISATION, "ruled");
    }

    @Test
    void bracketedAcronymClosesAnOrganisationsName() {
        assertSource(extract("Three wells were contaminated, the Regional Water Authority (RWA) has said."),
                "the Regional Water Authority (RWA)", SourceType.ORGANISATION, "said");
    }

    @Test
    void soFarIsNoSubject() {
        assertSource(extract("The club have so far insisted that the striker is not for sale."),
                "The club", SourceType.ORGANISATION, "insisted");
    }

    @Test
    void multiWordOrganisationNounsAndTheProsecution() {
        assertSource(extract("The White House has pointed to new figures on housing."),
                "The White House", SourceType.ORGANISATION, "pointed");
        assertSource(extract("The prosecution argued that the fire was set deliberately."),
                "The prosecution", SourceType.ORGANISATION, "argued");
    }

    @Test
    void liveLabelIsNoColonSpeaker() {
        AttributionFeatures f = extract("Live: Storm Edda cuts power to 80,000 homes as rivers rise");
        assertNull(f.source());
        assertTrue(f.names().contains("attr=none"));
    }

    @Test
    void forecastByAnAgencyIsItsStatement() {
        assertSource(extract("The weather service has forecast up to 20 centimetres of snow."),
                "The weather service", SourceType.ORGANISATION, "forecast");
    }

    @Test
    void passiveAgentAfterATimeWord() {
        assertSource(extract("The raids were announced Thursday by Interpol officials."),
                "Interpol officials", SourceType.UNNAMED_GROUP, "announced");
    }

    @Test
    void butSaidTakesTheSentenceSubject() {
        assertSource(extract("A ministry spokesperson declined to discuss the timing but said the review was under way."),
                "A ministry spokesperson", SourceType.SPOKESPERSON, "said");
    }

    @Test
    void participleAfterADeterminerModifiesTheHead() {
        assertSource(extract("The monitoring group Kessel Watch has documented 300 deaths this year."),
                "The monitoring group Kessel Watch", SourceType.ORGANISATION, "documented");
    }

    @Test
    void listedOwnerlessPhraseOpeningASentenceHasNoOwner() {
        assertSource(extract("Intelligence reports suggest the convoy was heading north."),
                "Intelligence reports", SourceType.OWNERLESS_DOCUMENT, "suggest");
        assertSource(extract("Norwegian intelligence reports suggest the convoy was heading north."),
                "Norwegian intelligence reports", SourceType.DOCUMENT, "suggest");
    }

    @Test
    void capitalisedPluralWithARelativeClauseIsAGroup() {
        assertSource(extract("Traders who watched the auction said demand was thin."),
                "Traders who watched the auction", SourceType.UNNAMED_GROUP, "said");
        assertSource(extract("Reyes said the vote was close."), "Reyes", SourceType.NAMED_PERSON, "said");
    }

    @Test
    void reflexiveIsNotTheHead() {
        assertSource(extract("Okafor himself says the plan cannot work."), "Okafor himself", SourceType.NAMED_PERSON, "says");
    }

    @Test
    void companyNameEndingInAnIndustryNounIsAnOrganisation() {
        assertSource(extract("Brightwater Foods said the recall covered two factories."),
                "Brightwater Foods", SourceType.ORGANISATION, "said");
        assertSource(extract("A UN panel said the sanctions were being evaded."),
                "A UN panel", SourceType.ORGANISATION, "said");
    }

    @Test
    void summedUpIsACue() {
        assertSource(extract("Ana Ferro, a volunteer firefighter, summed up the mood in the valley."),
                "Ana Ferro, a volunteer firefighter", SourceType.NAMED_EXPERT, "summed");
    }

    @Test
    void runningAShopIsNoOffice() {
        assertSource(extract("Marta Lenz, who runs a bakery on the square, said trade had halved."),
                "Marta Lenz", SourceType.NAMED_PERSON, "said");
        assertSource(extract("Ivo Brandt, who heads the city's housing office, said rents had doubled."),
                "Ivo Brandt", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void adverbialOpenerWithoutACommaMakesASubordinateCue() {
        AttributionFeatures f = extract("Crews will wait until engineers have assessed the bridge, the mayor said.");
        assertSource(f, "the mayor", SourceType.OFFICE_TITLE, "said");
        assertTrue(f.names().contains("cue.sub=assess"));
    }

    @Test
    void pronounSpeakerInARelativeClauseOnANounIsSubordinate() {
        AttributionFeatures f = extract("The group published records that it said showed the funds were moved.");
        assertNull(f.source());
        assertTrue(f.names().contains("cue.sub=say"));
    }

    @Test
    void personalPronounSkipsAnEarlierOrganisationForAnEarlierPerson() {
        String context = "Deputy Mayor Lena Ortiz opened the depot on Monday. The transport authority said the buses "
                + "were late. He said the new routes would start in June.";
        AttributionFeatures f = extractor.extract(Claim.of("He said the new routes would start in June.", context));
        assertSource(f, "He", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void neuterPronounStillTakesTheEarlierOrganisation() {
        String context = "The transport authority said the buses were late. It said the new routes would start in June.";
        AttributionFeatures f = extractor.extract(Claim.of("It said the new routes would start in June.", context));
        assertSource(f, "It", SourceType.ORGANISATION, "said");
    }

    private List<String> hedges(String claim) {
        return extract(claim).hedges().stream().map(Evidence::text).toList();
    }

    @Test
    void impersonalPassiveOfReportingIsAHedge() {
        assertEquals(List.of("It is claimed"), hedges("It is claimed that the minister was warned about the flaws in 2019."));
        assertEquals(List.of("It is believed"), hedges("It is believed the suspect fled across the border before the roads were closed."));
        assertEquals(List.of("it has been alleged"), hedges("Since then it has been alleged that the funds were moved abroad."));
        AttributionFeatures f = extract("It is feared that dozens more are trapped under the rubble.");
        assertNull(f.source());
        assertTrue(f.names().contains("hedge=it is feared"));
        assertTrue(f.names().contains("hedge"));
    }

    @Test
    void impersonalPassiveWithAnAgentNamesItsSource() {
        AttributionFeatures f = extract("It was reported by the Courier that the plan had been dropped.");
        assertEquals(List.of(), f.hedges().stream().map(Evidence::text).toList());
        assertSource(f, "the Courier", SourceType.NEWS_OUTLET, "reported");
    }

    @Test
    void tallyWithAnOwnerAttributesTheFigure() {
        assertSource(extract("About 1,200 homes were destroyed, by the government's estimate."),
                "the government's estimate", SourceType.DOCUMENT, "by");
        assertSource(extract("Some 300 people were arrested, by the police's count."),
                "the police's count", SourceType.DOCUMENT, "by");
        AttributionFeatures notATally = extract("Prices rose by 4 percent, by far the biggest increase since 1990.");
        assertNull(notATally.source());
        assertNull(notATally.cue());
    }

    @Test
    void documentReadsItsWords() {
        assertSource(extract("A statement from the ministry read: \"The border will remain closed until further notice.\""),
                "A statement from the ministry", SourceType.DOCUMENT, "read");
        assertSource(extract("\"Nothing will be the same,\" the letter from the board read."),
                "the letter from the board", SourceType.DOCUMENT, "read");
        AttributionFeatures action = extract("The mayor read the names of the victims aloud.");
        assertNull(action.source());
        assertTrue(action.names().contains("attr=none"));
    }

    @Test
    void quotedAsSayingRestsOnTheQuotedParty() {
        assertSource(extract("The newspaper quoted Finance Minister Ora Leif as saying the budget would be balanced by 2027."),
                "Finance Minister Ora Leif", SourceType.NAMED_OFFICIAL, "as saying");
        assertSource(extract("State news agency KCNA quoted a foreign ministry spokesman as saying the drills were a provocation."),
                "a foreign ministry spokesman", SourceType.SPOKESPERSON, "as saying");
        assertSource(extract("Interior Minister Dario Keln was quoted as saying that the protests had been organised from abroad."),
                "Interior Minister Dario Keln", SourceType.NAMED_OFFICIAL, "quoted as saying");
        assertSource(extract("Mr Varga was quoted by the agency as saying the plan was final."),
                "Mr Varga", SourceType.NAMED_PERSON, "quoted by the agency as saying");
    }

    @Test
    void cueWordInsideAnAccordingToSourceIsPartOfIt() {
        AttributionFeatures f = extract("The plant was hit twice, according to intelligence reports.");
        assertSource(f, "intelligence reports", SourceType.OWNERLESS_DOCUMENT, "according to");
        assertTrue(f.names().stream().noneMatch(n -> n.startsWith("cue.also=")));
    }

    @Test
    void accordingToReportsWithoutAnOwnerIsAHedge() {
        AttributionFeatures f = extract("The plant was hit twice, according to reports.");
        assertNull(f.source());
        assertNull(f.cue());
        assertEquals(List.of("according to reports"), f.hedges().stream().map(Evidence::text).toList());
        assertSource(extract("Exports fell, according to estimates by the agriculture ministry."),
                "estimates by the agriculture ministry", SourceType.ORGANISATION, "according to");
    }

    @Test
    void documentsOfABodyKindAreOwned() {
        assertSource(extract("Crime fell 8 percent last year, according to police statistics."),
                "police statistics", SourceType.DOCUMENT, "according to");
        assertSource(extract("The defendant was released on bail in March, according to court records."),
                "court records", SourceType.DOCUMENT, "according to");
        assertSource(extract("Ridership fell by a third last year, according to official statistics."),
                "official statistics", SourceType.DOCUMENT, "according to");
        assertSource(extract("An intelligence assessment seen by Reuters concluded that the dam was sabotaged."),
                "An intelligence assessment seen by Reuters", SourceType.OWNERLESS_DOCUMENT, "concluded");
    }

    @Test
    void observingOrQuestioningAThingIsAnAct() {
        assertTrue(extract("The City Council observed a moment of silence at the start of its meeting.").names()
                .contains("attr=none"));
        assertTrue(extract("Human rights groups have also questioned the sale.").names().contains("attr=none"));
        assertSource(extract("\"It was chaos,\" observed the mayor, Lina Voss."), "the mayor, Lina Voss",
                SourceType.NAMED_OFFICIAL, "observed");
        assertSource(extract("Inspectors observed that the valves had not been replaced."), "Inspectors",
                SourceType.UNNAMED_GROUP, "observed");
    }

    @Test
    void pluralExpertNounsAndNonGovernmentalGroups() {
        assertSource(extract("Forecasters expect heavy rain to reach the coast by Thursday."), "Forecasters",
                SourceType.UNNAMED_GROUP, "expect");
        assertSource(extract("Pollsters said turnout among young voters had fallen sharply."), "Pollsters",
                SourceType.UNNAMED_GROUP, "said");
        assertSource(extract("Rights groups said the new law would criminalise peaceful protest."), "Rights groups",
                SourceType.ORGANISATION, "said");
        assertSource(extract("The hospital trust said in a statement that two patients had died."), "The hospital trust",
                SourceType.ORGANISATION, "said");
        assertSource(extract("In a statement, the regulator said the fine reflected the seriousness of the breaches."),
                "the regulator", SourceType.ORGANISATION, "said");
    }

    @Test
    void postedOnAPlatformThatIsASpeechAct() {
        assertSource(extract("Mayor Ivo Brandt posted on Facebook that the water was safe to drink again."),
                "Mayor Ivo Brandt", SourceType.NAMED_OFFICIAL, "posted");
        assertNull(extract("The team posted on Facebook a photo of the trophy.").cue());
    }

    @Test
    void alliesAndFriendsOfAnOfficialAreUnnamedPeople() {
        assertSource(extract("Allies of the prime minister say she has no intention of resigning."),
                "Allies of the prime minister", SourceType.UNNAMED_GROUP, "say");
        assertSource(extract("Friends of the minister said he had been \"blindsided\" by the decision."),
                "Friends of the minister", SourceType.UNNAMED_GROUP, "said");
    }

    @Test
    void outletVouchingForItsOwnReporting() {
        assertSource(extract("The BBC understands that the report will criticise senior managers."),
                "The BBC", SourceType.NEWS_OUTLET, "understands");
        assertSource(extract("The Guardian has learned that the contract was awarded without a tender."),
                "The Guardian", SourceType.NEWS_OUTLET, "learned");
        AttributionFeatures residents = extract("Residents learned that the school would close from a letter.");
        assertNull(residents.source());
        assertNull(residents.cue());
    }

    @Test
    void initialismNamesAnOrganisation() {
        assertSource(extract("The FBI said it was investigating the incident."), "The FBI", SourceType.ORGANISATION, "said");
        assertSource(extract("The CDC reported 40 new cases on Friday."), "The CDC", SourceType.ORGANISATION, "reported");
    }

    @Test
    void capitalisedWhoIsTheHealthOrganisationNotARelativePronoun() {
        assertSource(extract("The WHO said the vaccine was safe and effective."), "The WHO", SourceType.ORGANISATION, "said");
        assertSource(extract("Experts who examined the data said the figures were wrong."), "Experts who examined the data",
                SourceType.UNNAMED_GROUP, "said");
    }

    @Test
    void affiliationAfterANameDoesNotRetypeThePerson() {
        assertSource(extract("Economist Lara Finch, of the Halden Institute, said prices were likely to keep rising."),
                "Economist Lara Finch, of the Halden Institute", SourceType.NAMED_EXPERT, "said");
        assertSource(extract("Lambeth Palace said in a statement that the remarks were wrong."), "Lambeth Palace",
                SourceType.ORGANISATION, "said");
    }

    @Test
    void twoWordPageLabelIsNoColonSpeaker() {
        AttributionFeatures f = extract("Live updates: Korvath stages huge parade, test-fires missile over sea");
        assertNull(f.source());
        assertNull(f.cue());
        assertSource(extract("Health ministry: 40 new cases were recorded overnight."), "Health ministry",
                SourceType.ORGANISATION, ":");
    }

    @Test
    void pronounAfterABareSurnameTakesTheRoleTheSurnameWasIntroducedWith() {
        String context = "Harbour Commissioner Ines Walcott closed the quay on Monday. Walcott said the cranes were unsafe. "
                + "She added that repairs would take a month.";
        AttributionFeatures f = extractor.extract(Claim.of("She added that repairs would take a month.", context));
        assertSource(f, "She", SourceType.NAMED_OFFICIAL, "added");
    }

    @Test
    void quoteContinuationCarriesTheRoleOfTheIntroducedSpeaker() {
        String context = "Club manager Petr Halas defended the signing. \u201cHe is our best defender,\u201d Halas said. "
                + "\u201cNobody here wants him to leave.\u201d";
        AttributionFeatures f = extractor.extract(Claim.of("\u201cNobody here wants him to leave.\u201d", context));
        assertNull(f.source());
        assertEquals("Halas", f.contextSource().text());
        assertEquals(SourceType.NAMED_OFFICIAL, f.contextSourceType());
        assertEquals("said", f.contextCue().text());
    }

    @Test
    void agentsBarristersAndCompoundTitlesSpeakForTheirPrincipal() {
        assertSource(extract("Brekke's agent, Rafael Monteverde, said the player was happy at the club."),
                "Brekke's agent, Rafael Monteverde", SourceType.NAMED_OFFICIAL, "said");
        assertSource(extract("Her barrister, Jonathan Akers KC, said the sentence was too harsh."),
                "Her barrister, Jonathan Akers KC", SourceType.NAMED_OFFICIAL, "said");
        assertSource(extract("Director-General Helena Voss said the quota cut was painful but unavoidable."),
                "Director-General Helena Voss", SourceType.NAMED_OFFICIAL, "said");
        assertSource(extract("District Magistrate Arun Sen told reporters the stairway was too narrow."),
                "District Magistrate Arun Sen", SourceType.NAMED_OFFICIAL, "told");
    }

    @Test
    void participialClauseAfterANameIsNoRole() {
        assertSource(extract("Manager Stuart Callan, asked about the striker at his press conference, said he expected "
                        + "him to stay."),
                "Manager Stuart Callan", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void definiteArticleBeforeAnUnlistedNameMakesAnOrganisation() {
        assertSource(extract("The Essenvale Constabulary said no officers were hurt in the raids."),
                "The Essenvale Constabulary", SourceType.ORGANISATION, "said");
        assertSource(extract("the Northern Cycling Integrity Unit (NCIU) said the sample was positive."),
                "the Northern Cycling Integrity Unit (NCIU)", SourceType.ORGANISATION, "said");
        assertSource(extract("The Rt Rev Anselm Crowther said the churches should speak out."),
                "The Rt Rev Anselm Crowther", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void cueNounWithItsContentClauseIsNoCue() {
        AttributionFeatures claim = extract("The claim that the reservoir was poisoned spread quickly online.");
        assertNull(claim.source());
        assertNull(claim.cue());
        AttributionFeatures rules = extract("Kestria's trade ministry on Monday published rules that bar exports of chip tools.");
        assertNull(rules.source());
        assertNull(rules.cue());
        assertSource(extract("Officials claim that the dam is safe."), "Officials", SourceType.UNNAMED_GROUP, "claim");
    }

    @Test
    void negativeSubjectOrSelfNamingIsNoStatement() {
        AttributionFeatures neither = extract("Neither club has confirmed those reports.");
        assertNull(neither.source());
        assertNull(neither.cue());
        AttributionFeatures none = extract("No official has commented on the proposal.");
        assertNull(none.source());
        assertNull(none.cue());
        AttributionFeatures naming = extract("A group calling itself Save Hollis Park has collected 1,200 signatures.");
        assertNull(naming.source());
        assertNull(naming.cue());
    }

    @Test
    void lawyerNamedByTheirFieldOrUninvolvedIsAnExpert() {
        assertSource(extract("Sports lawyer Fiona McAllister said contaminated supplements were common."),
                "Sports lawyer Fiona McAllister", SourceType.NAMED_EXPERT, "said");
        assertSource(extract("Marieke Vos, a competition lawyer who is not involved in the case, said a fine was likely."),
                "Marieke Vos, a competition lawyer who is not involved in the case", SourceType.NAMED_EXPERT, "said");
        assertSource(extract("Victoria Lang, a lawyer representing Harrowgate Foods, said the recall was voluntary."),
                "Victoria Lang, a lawyer representing Harrowgate Foods", SourceType.NAMED_OFFICIAL, "said");
        assertSource(extract("Defence attorney Carl Baptiste said his client was at home that night."),
                "Defence attorney Carl Baptiste", SourceType.NAMED_OFFICIAL, "said");
        assertSource(extract("District Attorney Kwame Ashford said the charges would stand."),
                "District Attorney Kwame Ashford", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void sentenceInsideAQuoteItDoesNotOpenTakesTheSpeakerNamedAfterIt() {
        String context = "Winger Amos Kendi was carried off in the first half. \"The ankle is badly swollen and we will "
                + "know more after the scan. I'm not optimistic,\" manager Tomas Breval said.";
        AttributionFeatures f = extractor.extract(Claim.of(
                "The ankle is badly swollen and we will know more after the scan.", context));
        assertNull(f.source());
        assertEquals("manager Tomas Breval", f.contextSource().text());
        assertEquals(SourceType.NAMED_OFFICIAL, f.contextSourceType());
        assertEquals("said", f.contextCue().text());
        assertTrue(f.names().contains("ctx.inquote"));
    }

    @Test
    void sentenceAfterAClosedQuoteIsNotInsideIt() {
        String context = "\u201cWe lost,\u201d the coach said. The club will appeal the red card on Monday.";
        AttributionFeatures f = extractor.extract(Claim.of("The club will appeal the red card on Monday.", context));
        assertTrue(!f.names().contains("ctx.inquote"));
    }

    @Test
    void callingOnSomeoneIsUrgingAndCallingSomethingOffIsAnAct() {
        AttributionFeatures urged = extract("The United Nations has called on both sides to exercise restraint.");
        assertSource(urged, "The United Nations", SourceType.ORGANISATION, "called");
        assertTrue(urged.names().contains("cue=urge"));
        AttributionFeatures off = extract("The union called off the strike on Friday.");
        assertNull(off.source());
        assertNull(off.cue());
    }

    @Test
    void nameThatSpeaksOfItselfAsItsIsAnOrganisation() {
        assertSource(extract("Norcrest said its work on the substation would continue while the appeal is heard."),
                "Norcrest", SourceType.ORGANISATION, "said");
        assertSource(extract("Okafor said it was too early to tell."), "Okafor", SourceType.NAMED_PERSON, "said");
        assertSource(extract("Pellworth said that its revenue would fall."), "Pellworth", SourceType.ORGANISATION, "said");
        assertSource(extract("Okafor said he would appeal."), "Okafor", SourceType.NAMED_PERSON, "said");
    }

    @Test
    void pronounTakesAnEarlierSubjectIntroducedWithATitleOrAppositive() {
        String context = "The election commission said the totals were final. Irena Kovach, the commission's deputy "
                + "chair, rejected any suggestion of tampering. \u201cEvery bag was accounted for,\u201d she said.";
        AttributionFeatures f = extractor.extract(Claim.of("\u201cEvery bag was accounted for,\u201d she said.", context));
        assertSource(f, "she", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void participleAfterAConnectiveOpeningTakesTheSubjectAfterIt() {
        assertSource(extract("But she rejected the union's claim, saying Skyward had spent $120 million on upgrades."),
                "she", SourceType.PRONOUN, "saying");
        String context = "Skyward chief executive Monica Hale apologised to passengers. But she rejected the union's "
                + "claim, saying Skyward had spent $120 million on upgrades. She said flights would be normal by Friday.";
        AttributionFeatures f = extractor.extract(Claim.of("She said flights would be normal by Friday.", context));
        assertSource(f, "She", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void headOfResearchAtAFirmIsAnAnalyst() {
        assertSource(extract("\"The market was already tight,\" said Priya Nandakumar, head of commodities research at "
                        + "Oakfield Securities."),
                "Priya Nandakumar, head of commodities research at Oakfield Securities", SourceType.NAMED_EXPERT, "said");
    }

    @Test
    void figureStatedByASourceIsAttributed() {
        assertSource(extract("The interior ministry put the figure at 3,400, far above earlier counts."),
                "The interior ministry", SourceType.ORGANISATION, "put");
        assertSource(extract("Regional officials put the death toll at 41 on Sunday."),
                "Regional officials", SourceType.UNNAMED_GROUP, "put");
        AttributionFeatures f = extract("The storm put the harbour at risk.");
        assertNull(f.cue());
    }

    @Test
    void characterisingAndPaintingAPictureAreCues() {
        assertSource(extract("Mayor Lena Brandt characterised the closures as temporary."),
                "Mayor Lena Brandt", SourceType.NAMED_OFFICIAL, "characterised");
        assertSource(extract("The report painted a bleak picture of the city's finances."),
                "The report", SourceType.DOCUMENT, "painted");
    }

    @Test
    void flaggingSignallingAndUnderliningAreCues() {
        assertSource(extract("The regulator flagged concerns over the lender's capital buffers."),
                "The regulator", SourceType.ORGANISATION, "flagged");
        assertSource(extract("The central bank signals that rates will stay on hold."),
                "The central bank", SourceType.ORGANISATION, "signals");
        assertSource(extract("The council underlined that the pool would reopen in June."),
                "The council", SourceType.ORGANISATION, "underlined");
        assertSource(extract("The committee voiced concern that the budget was too small."),
                "The committee", SourceType.ORGANISATION, "voiced");
        assertNull(extract("The ship was flagged down by the coastguard.").cue());
    }

    @Test
    void floatingAnIdeaIsACueButAListingIsNot() {
        assertSource(extract("Transport Minister Aila Moss floated the idea of a congestion charge."),
                "Transport Minister Aila Moss", SourceType.NAMED_OFFICIAL, "floated");
        assertNull(extract("The shares floated on the exchange in May.").cue());
    }

    @Test
    void counteringIsACueAndInvertsItsSpeaker() {
        assertSource(extract("The union countered that wages had fallen in real terms."),
                "The union", SourceType.ORGANISATION, "countered");
        assertSource(extract("\"The wage data tell a different story,\" countered Labour Minister Aila Ferns."),
                "Labour Minister Aila Ferns", SourceType.NAMED_OFFICIAL, "countered");
    }

    @Test
    void walkingAnAudienceThroughAPlanIsACue() {
        assertSource(extract("Deputy Mayor Kim Sorel walked reporters through the new budget, which cuts spending by 3 percent."),
                "Deputy Mayor Kim Sorel", SourceType.NAMED_OFFICIAL, "walked");
        assertNull(extract("Protesters walked through the old town.").cue());
    }

    @Test
    void organisationShapedBareNamesAreOrganisations() {
        assertSource(extract("Europol said the network had been dismantled."), "Europol", SourceType.ORGANISATION, "said");
        assertSource(extract("Nexatech said the outage was fixed."), "Nexatech", SourceType.ORGANISATION, "said");
        assertSource(extract("OpenWire said the leak was contained."), "OpenWire", SourceType.ORGANISATION, "said");
        assertSource(extract("Bank Mandiri said lending grew."), "Bank Mandiri", SourceType.ORGANISATION, "said");
        assertSource(extract("Ian MacLeod said the vote was rigged."), "Ian MacLeod", SourceType.NAMED_PERSON, "said");
        assertSource(extract("Bank teller Yvonne Castille said she pressed the alarm."),
                "Bank teller Yvonne Castille", SourceType.NAMED_PERSON, "said");
    }

    @Test
    void headteachersSpeakForTheirSchool() {
        assertSource(extract("Headteacher Sara Lund said the school would reopen on Monday."),
                "Headteacher Sara Lund", SourceType.NAMED_OFFICIAL, "said");
    }

    @Test
    void pluralDataShowAfterTheirSourcePhrase() {
        assertSource(extract("Data from the statistics office show a sharp fall in timber exports."),
                "Data from the statistics office", SourceType.DOCUMENT, "show");
        assertSource(extract("The data show the backlog doubled."), "The data", SourceType.DOCUMENT, "show");
        assertNull(extract("Visitors from the north show up every May.").cue());
    }
}
