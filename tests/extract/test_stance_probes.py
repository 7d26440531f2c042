"""Stance on sentences written here in the many ways news coverage says yes, maybe and no.

None of these comes from the sample or development articles: they are the check that the rules read
the language of news (negation, conditions, threats, idioms, evaluations of a sending) rather than
the phrases of the articles the pipeline was tuned on. Each sentence is read as the extractor reads
a quotation: with a paragraph that is about sending troops.
"""

from __future__ import annotations

import pytest

from app.extract.stance import _normalize, classify

CONTEXT = " (The question was about sending troops to Ukraine.)"

PROBES = [
    # refusals said as what the army is not doing or not there for
    (
        "oppose",
        "The ministry is not considering the deployment of our troops, and no request has been received.",
    ),
    ("oppose", "Brazilian soldiers are not available for Europe's wars."),
    ("neutral", "Our soldiers are available for any UN mission, as they always have been."),
    # backing one's own people going, on a condition
    ("open", "If the UN asks, the Greens will back our soldiers going."),
    # what a denied report says is no one's position
    (
        "oppose",
        "Brazil will not send troops. Reports that Brazilian marines could take part are pure speculation.",
    ),
    (
        "neutral",
        "Reports that Dutch marines could join the force are groundless. No decision has been taken.",
    ),
    # a sending taken as a threat, approved in advance, or made to wait for the Americans
    ("oppose", "Minsk would regard Polish instructors in Ukraine as a direct threat to the Union State."),
    ("neutral", "Vienna views the mission as a threat to nobody."),
    ("support", "If Austria sends medics to Ukraine, that is a good thing, and I will vote for it."),
    ("support", "If Denmark deploys deminers, that would be the right thing."),
    ("open", "Portugal will not stay outside. But the US backing has to be there first."),
    ("open", "We are ready, but Washington's backstop must be in place before anyone goes."),
    # whose soldiers will be there, said by those who await them or send them
    ("support", "We do not expect Kenyan soldiers. We expect European soldiers, and we expect Kenya's vote."),
    ("support", "Nobody asks Brazil for troops. The soldiers who will keep the ceasefire will be Europeans."),
    ("support", "Nordic soldiers will guarantee the truce, not provoke a war."),
    ("support", "Belgium will be present in Ukraine from the first day of the mission."),
    ("support", "The Irish Guards are trained, and they will be among the first to deploy."),
    ("neutral", "Russian soldiers will guarantee nothing, the analyst said."),
    ("neutral", "We do not expect European soldiers to arrive before the spring."),
    # a terse refusal of the troops part after a condition on something else
    ("oppose", "If they want talks, Santiago offers the venue. Troops, no."),
    ("oppose", "Money, yes. Instructors, yes. Soldiers? No."),
    ("neutral", "Troops, no more than a few hundred, could be needed, analysts estimate."),
    # a conscript is a soldier: "not one … conscript should be sent"
    ("oppose", "Not one Maltese conscript should be sent to Ukraine, whatever the allies ask."),
    # the speaker's own soldiers in the force, with whom or keeping what (not whom they defend at home)
    ("support", "We are a small country. Our soldiers will serve alongside the Dutch, as they always have."),
    ("support", "When there is a ceasefire, Norwegian soldiers will help to guarantee it."),
    ("support", "Portuguese troops would help keep the peace, with our Spanish partners."),
    ("oppose", "Our soldiers will defend Latvia, and that is their job."),
    # the conditions just named, refused only in their absence
    ("open", "Without both, Spain's answer is no."),
    ("open", "Without those two things, there will be no Danish soldiers in Ukraine."),
    ("oppose", "Without doubt, our answer is no."),
    # the contrast's first half is the position: "A, not a spectator"
    ("support", "Croatia should be part of that force, not a spectator."),
    ("oppose", "There will be no Western troops in Ukraine, full stop."),
    ("oppose", "Latvian soldiers will guard Latvia. That is our contribution to the common security."),
    ("oppose", "not one Czech brigade"),
    ("oppose", "Latvia’s army exists to defend Latvia. Daugavpils is our front line."),
    ("oppose", "Our view is unchanged: our army stays on our own border. We offer the railway instead."),
    ("support", "If the mission starts, Lithuania sends a platoon in the first week."),
    ("support", "Two companies of Europeans at the airport would be enough to make Moscow think twice."),
    (
        "support",
        "We are not asking anyone to die for us. We are asking for a presence that deters the next war.",
    ),
    ("support", "Whoever comes, let them come. My son has been in the trenches for two years."),
    ("support", "Anyone who wants to help us, let them come. We have waited long enough."),
    ("support", "European soldiers will guard Ukraine once the guns fall silent."),
    ("open", "Not a single Czech soldier should go without a vote in this House."),
    ("oppose", "Sending soldiers is a non-starter for this government."),
    ("oppose", "We have no intention of putting Danish soldiers in harm's way in Ukraine."),
    ("oppose", "That is simply not going to happen."),
    ("oppose", "Under no circumstances will Slovak soldiers be sent to fight in Ukraine."),
    ("oppose", "Nobody in this government is talking about sending troops."),
    ("oppose", "I do not see any Spanish soldiers going to Ukraine."),
    ("oppose", "A Western contingent on Ukrainian soil would be dealt with accordingly."),
    ("oppose", "Foreign troops in Ukraine would be met with the full force of our response."),
    ("oppose", "Such a step would bring Europe to the edge of a catastrophe."),
    ("oppose", "It would be a step towards a third world war."),
    ("oppose", "The idea was quickly shot down by Rome."),
    ("oppose", "Our soldiers belong in Estonia, not in Ukraine."),
    ("oppose", "Portugal has no plans whatsoever to send military personnel."),
    ("oppose", "Putting NATO boots on the ground would be a fatal error."),
    ("oppose", "We must not become a party to this war."),
    ("oppose", "Greece will not participate in any such mission."),
    ("oppose", "This proposal is dead on arrival."),
    ("oppose", "Our answer is a clear no."),
    ("oppose", "The government poured cold water on the French proposal."),
    ("oppose", "Deploying troops would only prolong the bloodshed."),
    ("oppose", "Hungary will never agree to send its sons to die in a foreign war."),
    ("oppose", "I would not put a single American soldier in Ukraine."),
    ("oppose", "Anyone who sends troops to Ukraine must understand they will come home in coffins."),
    ("oppose", "The minister called the idea dangerous nonsense."),
    ("oppose", "Such talk only plays into the Kremlin's hands and risks a wider war."),
    ("oppose", "The Netherlands will not be sending ground troops at this stage."),
    ("oppose", "It is out of the question for Norway."),
    ("oppose", "The Kremlin warned that the deployment of European units would trigger a response."),
    ("oppose", "We are not in the business of sending troops to Ukraine."),
    ("support", "Britain is prepared to put boots on the ground to keep the peace."),
    ("support", "We should send instructors to Ukraine now, not in a year."),
    ("support", "France will deploy several hundred soldiers as part of the reassurance force."),
    ("support", "The coalition of the willing must be ready to deploy as soon as a ceasefire is signed."),
    ("support", "Our engineers can start clearing mines in Kharkiv region next month."),
    ("support", "Sweden is ready to contribute a battalion to a peacekeeping force."),
    ("support", "I believe European troops must be on the ground to guarantee any deal."),
    ("support", "Estonia would send a company of soldiers to Ukraine if a ceasefire is agreed."),
    ("support", "Canada stands ready to contribute troops to a multinational force."),
    ("support", "We have offered to lead a training mission inside Ukraine."),
    ("support", "It is time for Europe to put its own soldiers where its words are."),
    ("support", "Denmark said it was willing to send troops to secure a peace deal."),
    ("support", "A European force on the ground is the only credible guarantee."),
    ("support", "The Baltic states argued in favour of deploying trainers in Ukraine."),
    ("open", "We are not excluding anything, including troops."),
    ("open", "Rome will look at any proposal carefully before deciding."),
    ("open", "Everything is on the table."),
    ("open", "If the Americans provide air cover, we could consider sending troops."),
    ("open", "The decision would need the approval of the Storting."),
    ("open", "It cannot be excluded that Polish soldiers will one day be in Ukraine."),
    ("open", "We will discuss it with our allies and decide together."),
    ("open", "A deployment would only be possible with a mandate from the Security Council."),
    ("open", "Finland keeps all options open."),
    ("open", "I would not close the door to European trainers in Ukraine."),
    ("open", "Belgium is weighing whether to contribute to the force."),
    ("open", "The option of sending troops has not been ruled out by Madrid."),
    ("open", "It is too early to say whether Czech soldiers would take part."),
    ("open", "We are prepared to consider it if Kyiv asks."),
    ("open", "The government has left the question open."),
    ("neutral", "The summit in Paris brought together leaders from 27 countries."),
    ("neutral", "Ukraine needs more air defence systems before the winter."),
    ("neutral", "Polls show that most voters are undecided on the issue."),
    ("neutral", "The meeting ended without a joint statement."),
    ("neutral", "Analysts say the debate reveals deep divisions within the alliance."),
    ("neutral", "We will continue to supply ammunition and artillery shells."),
    ("neutral", "The minister will travel to Brussels on Thursday."),
    ("neutral", "The war has now lasted for more than two years."),
    ("neutral", "We discussed the situation on the front and the needs of the Ukrainian army."),
    ("neutral", "Russia launched another wave of drones overnight."),
    ("open", "We should not box ourselves in by telling Moscow what we will never do."),
    ("open", "Telling the enemy in advance what you will not do is a mistake."),
    ("open", "All options must remain on the table."),
    ("open", "If Russia breaks through the front, the question will arise for all of us."),
    ("open", "We have not made a decision yet, but we are looking at it."),
    ("open", "We might consider it at a later stage."),
    ("open", "It is conceivable that European soldiers could help with training."),
    ("open", "I wouldn't say never."),
    ("open", "Never say never."),
    ("open", "We are keeping an open mind about a contribution."),
    ("open", "There could be a role for our soldiers in training Ukrainians."),
    ("open", "We are exploring all options with our partners."),
    ("open", "That is a decision for parliament to take."),
    ("open", "Any deployment would have to be approved by Congress."),
    ("open", "We have not excluded it."),
    ("open", "Strategic ambiguity is our strength, and we should keep it."),
    ("open", "Nothing is off the table as far as I am concerned."),
    ("open", "It's a question that deserves to be asked."),
    ("open", "Should the Ukrainians ask for it, we would look at the request."),
    ("open", "We are not there yet."),
    ("support", "Germany should be part of such a force."),
    ("support", "We will do our part, including with soldiers."),
    ("support", "Our soldiers will be there when the guns fall silent."),
    ("support", "France has decided to send instructors to Ukraine."),
    ("support", "Count us in."),
    ("support", "Poland will be part of the force."),
    ("support", "The presence of European soldiers would deter Russia from attacking again."),
    ("support", "We need European boots on the ground."),
    ("support", "Sending troops is the right thing to do."),
    ("support", "We must be ready to send troops to keep the peace."),
    ("support", "The Swedish government has approved the deployment of a training team to Ukraine."),
    ("oppose", "I won't send our boys to die in Ukraine."),
    ("oppose", "We're not going to do that."),
    ("oppose", "Not on my watch."),
    ("oppose", "Not now, not ever."),
    ("oppose", "We have been very clear: no NATO troops in Ukraine."),
    ("oppose", "It's a crazy idea."),
    ("oppose", "Anyone talking about sending troops is playing a dangerous game."),
    ("oppose", "NATO troops in Ukraine would be a direct threat to Russia's security."),
    ("oppose", "Foreign soldiers will not leave Ukraine alive."),
    ("oppose", "The alliance is not and will not be a party to this conflict."),
    ("oppose", "Romania does not intend to send troops."),
    ("oppose", "Sending soldiers would pour petrol on the fire."),
    ("oppose", "Slovenia's soldiers will stay where they are."),
    ("oppose", "It would be madness to put our troops in Ukraine."),
    ("oppose", "The Czech prime minister said his country would not join any such mission."),
    ("oppose", "Italy said it has no intention of sending soldiers."),
    ("oppose", "Those who dream of sending troops to Ukraine should think about the consequences."),
    ("neutral", "Russian forces escalated their attacks on Kharkiv overnight."),
    ("neutral", "The minister said the war was a catastrophe for the region."),
    ("neutral", "We will keep supplying weapons and ammunition as long as it takes."),
    ("neutral", "Our soldiers are training Ukrainian recruits in Poland and Germany."),
    ("neutral", "The meeting was constructive and we will meet again next week."),
    ("neutral", "The president arrived in Kyiv on an unannounced visit."),
    ("neutral", "It is important that Europe speaks with one voice."),
    ("neutral", "Talks on a ceasefire are continuing in Istanbul."),
    ("neutral", "We discussed sanctions, energy and the reconstruction of Ukraine."),
    ("oppose", "The Russian Federation will regard any such personnel as a legitimate object of attack."),
    ("oppose", "The appearance of NATO contingents would lead to an uncontrollable escalation."),
    ("oppose", "Moscow will take retaliatory measures."),
    ("oppose", "Western instructors in Ukraine would be the first to be hit."),
    ("oppose", "This would drag the whole continent into war."),
    ("oppose", "I am categorically against it."),
    ("oppose", "We will never agree to that."),
    ("oppose", "Our troops are not going anywhere near Ukraine."),
    ("oppose", "Turkey does not see a role for its soldiers on the ground."),
    ("oppose", "Japan's constitution does not allow it to send troops to a war zone."),
    ("oppose", "Australia has ruled that out."),
    ("oppose", "We're not sending troops, period."),
    ("oppose", "Ground troops? No."),
    ("oppose", "There's no way we would send American men and women to fight there."),
    ("oppose", "Our armed forces are stretched and cannot take on another mission."),
    ("oppose", "The Bundeswehr has neither the capacity nor the mandate for this."),
    ("oppose", "Sending peacekeepers now would be premature and dangerous."),
    ("oppose", "Italy will not be part of any military mission on Ukrainian soil."),
    ("oppose", "The idea of European troops is a dangerous illusion."),
    ("oppose", "He called talk of troops reckless and said Bulgaria would stay out of it."),
    ("support", "We are prepared to lead a reassurance force."),
    ("support", "Europe has to be ready to put soldiers on the ground to make the peace last."),
    ("support", "I think it is high time we sent instructors to western Ukraine."),
    ("support", "Our deminers are ready to go as soon as the fighting stops."),
    ("support", "Romania will contribute a company to the mission."),
    ("support", "If there is a ceasefire, Canadian troops will be there."),
    ("support", "We have told Kyiv that our soldiers will help guard the ceasefire line."),
    ("support", "Our troops stand ready to help secure a lasting peace."),
    ("open", "Much depends on what the Americans are prepared to do."),
    ("open", "The Dutch contribution will depend on the mandate."),
    ("open", "Our participation is conditional on an American security guarantee."),
    ("open", "We're not saying yes and we're not saying no."),
    ("open", "There is no decision, but the discussion is legitimate."),
    ("open", "The prime minister did not rule it in or out."),
    ("open", "We will decide when we know the details of the mission."),
    ("open", "Spain is analysing the proposal with its partners."),
    ("open", "That possibility has not been discussed yet, but it cannot be excluded either."),
    ("open", "Belgium has not said no."),
    ("neutral", "The talks in London focused on air defence and ammunition."),
    ("neutral", "A ceasefire is still far away, diplomats say."),
    ("neutral", "Russian troops advanced near Pokrovsk on Tuesday."),
    ("neutral", "The proposal will be discussed at the summit in The Hague next month."),
    ("neutral", "Leaders are expected to meet again in Paris in March."),
    ("neutral", "The chancellor has spoken with President Zelensky by phone."),
    ("neutral", "The survey found that 40 percent of Germans back sending more weapons."),
    ("neutral", "Ukraine's army is short of soldiers and needs to mobilise more men."),
    ("open", "We don't want escalation. But if Kyiv asks us for instructors, we will look at it seriously."),
    (
        "open",
        "Nobody wants a war with Russia. That is exactly why we should not tell Putin what we will never do.",
    ),
    (
        "support",
        "The Kremlin will call it a provocation. It always does. "
        "We will still send our deminers once the guns are silent.",
    ),
    (
        "support",
        "Russia's threats don't impress us. If there is a peace deal, Finnish soldiers will help keep it.",
    ),
    ("open", "I am against sending combat troops today, but I would not exclude a training mission later."),
    ("oppose", "Let me be clear. We will keep sending weapons, but German soldiers will not go to Ukraine."),
    (
        "oppose",
        "We support Ukraine with everything we have. Troops are a different matter: the answer is no.",
    ),
    (
        "support",
        "Some say it would be dangerous. I say it would be more dangerous to do nothing and let Russia win.",
    ),
    ("open", "The debate is premature, but it is not absurd. We will be ready if the conditions are right."),
    ("oppose", "This is a dangerous road and Spain will not walk down it."),
    (
        "open",
        "Our soldiers are professionals. "
        "Whether they go to Ukraine is for the parliament to decide, not for me.",
    ),
    ("support", "We cannot guarantee a peace with promises on paper. It takes soldiers on the ground."),
    ("oppose", "I understand the impulse, but sending troops would be a terrible mistake."),
    ("support", "Europe has talked for too long. It is time to act, and that includes soldiers."),
    ("open", "We are not ruling anything out, and we are not ruling anything in."),
    ("oppose", "Our red line is clear: no Hungarian soldier will die in Ukraine."),
    (
        "support",
        "If we want the ceasefire to hold, someone has to be there to guard it, "
        "and we are ready to be among them.",
    ),
    ("open", "A European presence would only make sense with American support behind it."),
    ("oppose", "The president has been clear that there will be no American boots on the ground in Ukraine."),
    ("oppose", "Canada's position has not changed: we are not sending combat forces."),
    ("oppose", "Ottawa has no plans to put Canadian troops in harm's way."),
    ("oppose", "Sending Italian soldiers to Ukraine has never been on the table."),
    ("oppose", "Italy's participation in a military mission in Ukraine is not foreseen."),
    ("oppose", "Rome does not share this approach."),
    ("oppose", "Japan will limit its support to non-military assistance."),
    ("oppose", "Australia's contribution will remain training in the United Kingdom."),
    ("oppose", "Turkey prefers to play the role of mediator rather than send soldiers."),
    ("oppose", "Any foreign troops that enter Ukraine will be destroyed."),
    (
        "oppose",
        "They will be treated as direct participants in the conflict, "
        "with all the consequences that entails.",
    ),
    ("oppose", "Europe is sleepwalking into a war with a nuclear power."),
    ("oppose", "The deployment of Western troops would mean NATO's direct entry into the war."),
    ("oppose", "We warn Paris and London against this reckless adventure."),
    ("oppose", "The German army will not be sent to Ukraine, neither now nor later."),
    ("oppose", "As long as I am chancellor, no German soldier will be stationed in Ukraine."),
    ("oppose", "We reject any plans to send soldiers of the Bundeswehr."),
    ("oppose", "Our soldiers must not be sent into a war zone."),
    # a state's part in the force backed, troops as the guarantee
    ("support", "Her party would support Dutch participation in a reassurance force."),
    ("support", "We would back a British contribution to the mission."),
    ("oppose", "We would never support Irish participation in such a force."),
    ("support", "Dutch soldiers in Ukraine would be the most credible security guarantee Europe can give."),
    ("support", "She has called a Western presence the only guarantee that Russia cannot ignore."),
    ("support", "The UK and France say they are ready to."),
    # "never" refuses as "not" does, in the passive and after a troop word
    ("oppose", "Irish troops will never be sent to Ukraine."),
    ("oppose", "He said Belgian soldiers would never go."),
    ("oppose", "This debate is a gift to the Kremlin's propaganda and should stop."),
    ("oppose", "I will not allow Polish soldiers to be drawn into this war."),
    ("oppose", "Moscow considers the idea absolutely unacceptable."),
    ("oppose", "The plan has no support in our parliament."),
    ("oppose", "Our answer remains no."),
    ("oppose", "We are a neutral country and we will stay out of it."),
    ("oppose", "The Kremlin said the arrival of any NATO instructors would be a grave escalation."),
    ("support", "Washington should back a European force with air power, and we should be part of it."),
    ("support", "The Netherlands will make its contribution to the force on the ground."),
    ("support", "Our brigade is ready; we are only waiting for the political decision."),
    ("open", "We are ready to discuss our participation once we see the plan."),
    ("open", "Japan will consider what it can do within its constitution."),
    ("open", "Whether German soldiers take part is a question for the next government."),
    ("open", "The Bundestag will have the last word."),
    ("open", "A mission can only happen with a clear mandate and American participation."),
    ("neutral", "The Bundestag debated the defence budget for three hours."),
    ("neutral", "The live blog will be updated throughout the day."),
    ("neutral", "The chancellor will travel to Washington next week to meet the president."),
    ("neutral", "Russia's foreign ministry summoned the French ambassador."),
    ("oppose", "Those governments should think very carefully about where this leads."),
    ("oppose", "They should ask themselves whether this serves the interests of their citizens."),
    ("oppose", "Spanish troops on Ukrainian soil is not something this government is considering."),
    ("oppose", "We have never discussed it in our cabinet."),
    ("support", "Norwegian engineers will save Ukrainian lives."),
    ("neutral", "Parliament would be asked to approve the budget."),
    ("oppose", "Spain will not send soldiers to Ukraine under any scenario currently on the table."),
    ("open", "Parliament would be asked to approve the deployment."),
    ("open", "No decision should be taken before the United States has made its own position clear."),
    ("oppose", "The government is rushing ahead of our allies."),
    ("support", "We have said it before and I say it again: Denmark will be there."),
    ("oppose", "Poland would provide logistics but not troops."),
    ("oppose", "Our soldiers' job is to defend Poland's border with Belarus and Russia."),
    ("open", "We will decide when there is a ceasefire and a mandate."),
    ("oppose", "Budapest would block any EU role in such a mission."),
    ("oppose", "Warsaw will focus on securing its own border."),
    ("neutral", "We will fight this war against Russia with weapons and money."),
    ("oppose", "We have no desire to take part in any mission on Ukrainian soil."),
    ("oppose", "Any deployment would be a step into the war."),
    ("open", "We are not against it, but we want a clear mandate and an exit strategy."),
    ("open", "Before we send a single soldier, voters deserve to know what the mission is."),
    ("open", "We will not give the government a blank cheque on this."),
    ("support", "Our trainers would be in Lviv, far from the front line."),
    ("open", "Any mission would happen only at the request of Kyiv and in agreement with our allies."),
    (
        "support",
        "The government defended its proposal to send instructors, a day after the opposition attacked it.",
    ),
    ("support", "The ambassador welcomed the decision to deploy engineers."),
    ("oppose", "This is mission creep of the worst kind."),
    ("oppose", "Not one British life should be put at risk for this."),
    ("open", "Parliament has to have its say before a single soldier goes."),
    ("open", "Whether to send soldiers is for each ally to decide."),
    ("oppose", "Moscow will regard the arrival of any Western instructors as direct involvement in the war."),
    ("oppose", "Such plans bring Europe closer to a big war."),
    ("oppose", "This is not peacekeeping, this is an occupation."),
    ("open", "The debate is useful, because Moscow must not know where our limits are."),
    ("open", "We need to see the rules of engagement first. Without American support, this is very risky."),
    ("open", "Lisbon is open to all options, but any decision will be taken together with NATO."),
    ("support", "We cannot wait for a ceasefire: the planning must start now."),
    ("support", "She said she would support American air cover for a European force."),
    ("oppose", "Not one American service member should be put in harm's way for this."),
    ("open", "Who excludes everything today has no influence tomorrow."),
    ("open", "One should first wait for the result of the negotiations."),
    ("oppose", "There is no such thing as a neutral peacekeeper from a NATO country."),
    ("oppose", "European soldiers will go home in bags."),
    ("oppose", "Hungary would never join such a mission."),
    ("support", "When Moscow screams, we are on the right track. We want our partners on the ground."),
    ("open", "We will look at any request on its merits."),
    ("open", "Ankara signalled it could help with maritime security in the Black Sea."),
    ("oppose", "Tokyo would not send personnel but could help with funding and equipment."),
    ("oppose", "Under our constitution, dispatching soldiers to a conflict zone is not possible."),
    ("open", "Instructors in Kyiv are not a taboo."),
    ("open", "The minister was describing options that are being studied among allies. Nothing is decided."),
    ("oppose", "The government is playing with the lives of our soldiers."),
    ("support", "Every instructor on Ukrainian soil saves weeks of training abroad."),
    ("oppose", "We will train Ukrainians on our territory, but Polish boots will stay in Poland."),
    ("open", "If NATO as a whole decided on a mission, we would have to discuss it again."),
    ("support", "Demining is where we can make a real difference."),
    ("support", "We are talking about specialists, not infantry, and only when the shooting has stopped."),
    ("open", "Any deployment would need a clear legal basis."),
    ("open", "The Dutch are willing in principle to send trainers, but only with a parliamentary majority."),
    ("open", "The Conservatives support the aim but want answers on numbers, funding and the American role."),
    (
        "oppose",
        "The deployment of our soldiers is not on the table. What is on the table is more training at home.",
    ),
    ("support", "Every week of delay is a gift to the Kremlin."),
    ("support", "Debates do not stop missiles. Soldiers on the ground do."),
    ("support", "Ukraine would welcome troops from any country that is ready."),
    ("support", "Their presence alone changes Moscow's calculations."),
    ("support", "It is time to stop debating and start deploying."),
    ("oppose", "If the Europeans want to send troops, that is their business. It should not become ours."),
    ("oppose", "We will contribute in the air and at sea. Ground troops are not on our agenda."),
    ("open", "The administration is reviewing European requests."),
    ("oppose", "Norway will focus on air defence and naval support."),
    ("support", "Europe has no excuse to stay on the sidelines."),
    ("support", "Poland will not stand aside if there is a peace to keep."),
    ("support", "British troops could be deployed within weeks of a ceasefire."),
    ("support", "If they send us, we go. That's the job."),
    ("support", "A company of our soldiers could be ready within weeks of a ceasefire."),
    ("oppose", "Every soldier we send to Ukraine is a soldier missing here."),
    ("oppose", "The plan amounts to sending our sons to be hostages of Putin."),
    ("support", "French troops sent after a ceasefire would be stationed far from the front line."),
    ("open", "The government is not closing any doors."),
    ("open", "It's a hypothetical at this stage. When there is a mandate, we will have that conversation."),
    ("open", "We are not in a hurry. Portugal will not be the first to send soldiers."),
    ("open", "Spain is studying all scenarios with its partners."),
    ("oppose", "Our armed forces have a primary duty in the Aegean. That is not negotiable."),
    ("support", "The government is hiding behind the Aegean."),
    ("support", "Greece should stand with its partners on land as well as at sea."),
    ("support", "Romania cannot ask others to guarantee a peace while keeping its own army in the barracks."),
    ("neutral", "Romanian ports and airfields are at the disposal of our allies."),
    ("open", "Parliament must be told the full cost before any decision is taken."),
    ("support", "Kyiv welcomes every soldier, every plane and every ship."),
    ("support", "The Netherlands must be prepared to carry its share of the burden."),
    ("open", "Any deployment should be short, clear and shared with many partners."),
    ("open", "The budget has no room for an open-ended mission."),
    ("support", "We will not leave the Ukrainians alone to guard the peace."),
    ("support", "Our message to Moscow is simple: Ukraine will not be left alone."),
    ("oppose", "The government is sending our soldiers into a war without asking the people."),
    ("oppose", "The party will challenge the decision in parliament."),
    ("open", "The president would sign the mandate if parliament approved it."),
    ("oppose", "The will of the people is clear. Bulgarian soldiers will serve Bulgaria."),
    (
        "open",
        "NATO will not be a party to this. But allies are sovereign, and if some decide to act, so be it.",
    ),
    (
        "neutral",
        "Asked whether NATO would come to the aid of allied troops attacked in Ukraine, he did not answer.",
    ),
    (
        "support",
        "Asked whether France would send soldiers after a ceasefire, he replied: yes, we will do it.",
    ),
    # written in the fourth session: ways of saying no, maybe and yes not yet covered above
    ("oppose", "Count us out. Our soldiers have no business in that war."),
    ("oppose", "I don't see any scenario in which Dutch troops end up in Donbas."),
    ("oppose", "There is simply no appetite in this country for putting boots on Ukrainian soil."),
    ("oppose", "That idea is a non-starter for my government."),
    ("oppose", "It's not going to happen, full stop."),
    ("oppose", "My answer is no, and it will remain no."),
    ("oppose", "We will not be dragged into a direct confrontation with a nuclear power."),
    ("oppose", "Talk of troops is reckless and plays into Moscow's hands."),
    ("oppose", "Sending our boys to fight in Ukraine would be madness."),
    ("oppose", "This proposal should be buried once and for all."),
    ("oppose", "Anyone who floats the idea of ground troops is playing with fire."),
    ("oppose", "We reject any talk of deploying European forces."),
    ("oppose", "Deploying troops would be a recipe for disaster."),
    ("oppose", "We must not go down that road."),
    ("oppose", "Not a single Slovak soldier will cross the border into Ukraine."),
    ("oppose", "Western contingents in Ukraine would become legitimate targets for our forces."),
    ("oppose", "Any foreign soldier on Ukrainian territory will be destroyed."),
    ("oppose", "The deployment of troops is not on our agenda."),
    ("oppose", "There are no such plans, and there will be none."),
    ("oppose", "We have been clear from the start: no troops."),
    ("oppose", "Such a step would lead straight to a third world war."),
    ("oppose", "We are against the deployment of any NATO units in Ukraine."),
    ("oppose", "I would never ask a Czech mother to send her son to die for Kharkiv."),
    ("oppose", "The government has ruled that option out categorically."),
    ("open", "We are not excluding anything at this point."),
    ("open", "Everything is on the table, including a presence on the ground."),
    ("open", "Nothing can be excluded if Russia keeps advancing."),
    ("open", "We'd look at it seriously if Kyiv asked us."),
    ("open", "It's too early to say whether British soldiers would be part of it."),
    ("open", "Should the Americans provide air cover, we could contribute a battalion."),
    ("open", "That is a decision for parliament, and we will put it to a vote if needed."),
    ("open", "We are keeping all our options open."),
    ("open", "I won't close any doors today."),
    ("open", "We are studying the options, and no decision has been made."),
    ("open", "A contribution is conceivable, but only with a clear mandate."),
    ("open", "We are prepared to discuss a role for our forces in guaranteeing any settlement."),
    ("support", "Europe must be ready to put soldiers in Ukraine to secure the peace."),
    ("support", "Our troops will be part of the reassurance force."),
    ("support", "Finland stands ready to send peacekeepers as soon as the guns fall silent."),
    ("support", "We will deploy trainers to western Ukraine this spring."),
    ("support", "I believe Western troops should be in Ukraine, and I say it openly."),
    ("support", "Romania will contribute a company of engineers to the mission in Ukraine."),
    ("support", "Our soldiers are ready to go; we are waiting only for the ceasefire."),
    ("support", "The coalition must have boots on the ground, or its guarantees are worthless."),
    ("support", "We have offered to lead the multinational brigade."),
    ("neutral", "The summit will focus on air defence and ammunition."),
    ("neutral", "Russia's economy is overheating, and the war is taking its toll."),
    ("neutral", "We will send another package of artillery shells next month."),
    ("neutral", "The meeting lasted three hours."),
    ("neutral", "Public opinion polls show the country is split on the question."),
    ("neutral", "Analysts say the debate will dominate the campaign."),
    ("neutral", "Ukraine's counteroffensive has stalled in the south."),
    ("neutral", "The ministers also discussed sanctions on Russian oil."),
    ("neutral", "Whether troops will go is a question for another day."),
    ("open", "When there is a ceasefire and a UN mandate, we will look at it."),
    ("open", "Once a peace deal is signed, we will decide what we can contribute."),
    ("support", "Once a ceasefire is agreed, we will send troops."),
    ("oppose", "Polish soldiers would stay on Polish soil."),
    ("support", "Our soldiers will remain on Ukrainian soil as long as needed."),
    ("open", "Without an American guarantee, no European government can responsibly send its soldiers."),
    (
        "support",
        "Security guarantees for Ukraine would mean little without foreign soldiers on Ukrainian territory.",
    ),
    ("support", "A contingent of our partners must be on our land, not on paper."),
    ("support", "Any guarantee is worthless without European troops behind it."),
    ("oppose", "Our soldiers must not be on Ukrainian soil."),
    ("neutral", "The plan would mean little without American money."),
    ("neutral", "Let us be honest: no European army will come here while the guns are still firing."),
    ("oppose", "No German soldiers will be sent to Ukraine."),
    ("oppose", "There will be no U.S. boots on the ground in Ukraine."),
    (
        "support",
        "If we want the Europeans to put their troops on the line, we must be willing to stand behind them.",
    ),
    (
        "neutral",
        "Washington would support our European friends with intelligence and logistics but declined to say "
        "whether that would include air cover.",
    ),
    ("oppose", "The government declined to send troops."),
    ("oppose", "Every foreign soldier who sets foot in Ukraine is an invader."),
    ("oppose", "Let them try. They know what will happen."),
    ("oppose", "Moscow would draw the appropriate conclusions."),
    ("oppose", "The presence of any foreign contingent would change the nature of the conflict."),
    ("neutral", "Who exactly is going to send their soldiers?"),
    ("oppose", "The ministry derided European plans for a force in Ukraine."),
    ("open", "Any decision on the Bundeswehr is for the Bundestag, and the Bundestag has not been asked."),
    ("oppose", "Our soldiers are needed on the Vistula, not on the Dnieper."),
    # the kinds of lines the 2024 and 2025 coverage carried, in words written here
    ("oppose", "The UK has no plans for a large-scale deployment."),
    ("oppose", "There are no plans for NATO combat troops on the ground in Ukraine."),
    (
        "oppose",
        "In that case, we would need to talk not about the probability, but about the inevitability "
        "of a direct conflict.",
    ),
    ("oppose", "Poland does not plan to send its troops to Ukraine."),
    ("open", "The presence of NATO forces in Ukraine is not unthinkable."),
    ("support", "It is time for the West to stop drawing red lines for itself."),
    ("oppose", "The United States will not be sending troops to fight in Ukraine."),
    ("oppose", "Slovakia will not send any of its soldiers to Ukraine."),
    ("open", "We should not rule anything out."),
    ("oppose", "Sending troops is not on the agenda."),
    ("support", "Britain is prepared to put our own troops on the ground if necessary."),
    ("support", "We are ready to deploy British troops to Ukraine as part of a peacekeeping force."),
    ("open", "A European force would need an American backstop to deter Russia from attacking again."),
    ("oppose", "The deployment of troops from NATO countries under any flag would be unacceptable to us."),
    ("oppose", "Any foreign troops in Ukraine would be a legitimate target."),
    ("support", "France is ready to send troops to Ukraine to guarantee a peace agreement."),
    ("open", "Italy will not send troops unless there is a UN mandate."),
    ("oppose", "Italy has no intention of sending soldiers to Ukraine."),
    ("neutral", "The meeting discussed the next steps in supporting Ukraine's defence."),
    (
        "oppose",
        "Germany will not send soldiers to Ukraine, and that is the position of the federal government.",
    ),
    ("open", "Sweden does not rule out sending troops as part of a peacekeeping mission."),
    ("support", "Estonia is ready to contribute a company-sized unit."),
    ("oppose", "This is a very dangerous step that could lead to a direct clash between NATO and Russia."),
    ("neutral", "Our focus is on ammunition and air defence, which Ukraine needs now."),
    ("open", "Nothing can be ruled out in the future."),
    ("oppose", "Hungary will neither send weapons nor troops to Ukraine."),
    ("support", "Western troops in Ukraine would not be an escalation."),
    ("open", "We will discuss whether to contribute once the terms of a ceasefire are known."),
    ("open", "The government should give Parliament a vote before any deployment."),
    ("open", "A decision of this magnitude must be taken by this House, not by the cabinet alone."),
    ("oppose", "British soldiers should not be used as a tripwire in a war that is not ours to fight."),
    ("oppose", "This is not our war."),
    (
        "open",
        "Before we talk about German soldiers in Ukraine, we need a ceasefire, a mandate and a clear "
        "exit strategy.",
    ),
    ("neutral", "The ministry denied that any foreign instructors had already arrived."),
    ("neutral", "Downing Street denied that any decision had been taken on troop numbers."),
    # refusals with a condition that would lift them, and refusals that nothing lifts
    ("open", "We will not send troops without a UN mandate."),
    ("open", "Norway will not deploy soldiers unless the United States provides a backstop."),
    ("open", "There will be no Danish troops in Ukraine until there is a ceasefire."),
    ("open", "Not now. But I will not say never."),
    ("open", "Portugal will not take part unless parliament approves it."),
    ("open", "No troops will go before a peace agreement is signed."),
    (
        "open",
        "We would not send soldiers into a hot war, but a peacekeeping role after a truce is something "
        "we could consider.",
    ),
    ("open", "Without a clear mandate, no Belgian soldier will go."),
    ("open", "At the moment there are no plans, but the situation can change."),
    ("open", "We are not there yet."),
    ("oppose", "We will not send troops, full stop, whatever happens."),
    ("oppose", "We will never send soldiers to Ukraine, with or without a ceasefire."),
    ("open", "We do not exclude a contribution if the conditions are right."),
    ("open", "We won't send troops until the guns fall silent."),
    # two negations that make a yes, and refusals that look like them
    ("support", "Europe must not be afraid to send troops to Ukraine."),
    ("support", "It would be a mistake not to send troops once a ceasefire is signed."),
    ("support", "There is no alternative to a European presence on the ground."),
    (
        "support",
        "We will not abandon Ukraine, and our soldiers will be there to guarantee the peace.",
    ),
    ("support", "No one should doubt that Britain will put boots on the ground."),
    ("support", "I don't see why we shouldn't send trainers to western Ukraine."),
    ("support", "Nobody wants war, but we must be ready to deploy."),
    ("support", "We cannot afford not to be there."),
    ("support", "We do not hesitate: Latvian soldiers are ready to go."),
    ("support", "There is no reason why Dutch troops could not help secure a ceasefire line."),
    ("support", "We should not wait for Washington before we send our soldiers."),
    ("support", "It is not enough to send weapons; we must send people."),
    ("support", "The question is not whether we send troops, but how many."),
    ("support", "Nobody in this government is against sending troops to secure a peace."),
    ("support", "Sending troops would not be a provocation but a guarantee."),
    ("oppose", "I don't see why our soldiers should die in Ukraine."),
    ("oppose", "There is no reason to send troops now."),
    ("neutral", "Nobody knows how long the war will last."),
    # others' positions described, and questions not answered: no position of the speaker's
    ("neutral", "Some allies are against it, others are open to the idea."),
    ("neutral", "The debate over troops has divided Europe."),
    ("neutral", "The question of ground troops was not discussed at the meeting."),
    ("neutral", "We did not discuss troops today."),
    ("neutral", "I will not comment on troop deployments."),
    ("neutral", "It is not for me to say whether Britain should send troops."),
    ("neutral", "No decision on troops is expected at the summit."),
    ("neutral", "Polls show most Germans oppose sending soldiers."),
    ("neutral", "The minister refused to answer questions about troops."),
    ("neutral", "Critics say the plan would not work without American support."),
    ("neutral", "It is unclear whether any country will send soldiers."),
    ("neutral", "Russia has not reacted to the proposal yet."),
    ("neutral", "The soldiers returned home after the exercise in Poland."),
    ("neutral", "The idea was first floated by Paris in February."),
    ("neutral", "Opposition to the plan has grown in recent weeks."),
    ("neutral", "We will not speculate about what other countries might do."),
    # refusals in other words
    ("oppose", "Our position has not changed: there will be no Greek soldiers in Ukraine."),
    ("oppose", "Sending troops is simply not something Slovenia is prepared to do."),
    ("oppose", "The answer from Vienna is a clear no."),
    ("oppose", "That is a line we will not cross."),
    ("oppose", "Croatia has made its position clear and it is not going to send anyone."),
    ("oppose", "We are a neutral country and we will stay that way."),
    ("oppose", "Ireland's neutrality rules out any military role in Ukraine."),
    ("oppose", "I cannot support putting our boys in harm's way."),
    ("oppose", "We have our own borders to defend."),
    ("oppose", "Putting troops in Ukraine would be playing with fire."),
    ("oppose", "Such talk only escalates tensions and brings us closer to war."),
    ("oppose", "Our contribution will be financial and humanitarian, nothing more."),
    ("oppose", "Deploying our army there is out of the question for us."),
    ("oppose", "The Czech army is not going anywhere near Ukraine."),
    ("oppose", "This is a European debate that Budapest wants no part of."),
    ("oppose", "We would be walking straight into a trap."),
    ("oppose", "Montenegro has neither the means nor the will to send troops."),
    ("oppose", "I am categorically against it."),
    ("oppose", "Let me be very clear: not one Spanish soldier."),
    ("oppose", "The proposal is dead in the water."),
    # short answers about 'it' when the question is the sending
    ("oppose", "We will not be part of it."),
    ("oppose", "That would be madness."),
    ("oppose", "This is not our role."),
    ("oppose", "It is not going to happen on my watch."),
    ("oppose", "We won't take part in such an adventure."),
    ("oppose", "That would be a very big mistake."),
    ("oppose", "I don't think it's a good idea."),
    ("oppose", "It makes no sense at all."),
    ("oppose", "That's not the way to go."),
    ("oppose", "Forget it."),
    ("oppose", "It would be irresponsible."),
    ("oppose", "We are not going to do that."),
    ("oppose", "This idea is completely unrealistic."),
    ("oppose", "We will not participate."),
    ("oppose", "Absolutely not."),
    ("support", "That is exactly what we should do."),
    ("support", "It is the right thing to do."),
    ("support", "We are ready to do our part."),
    ("support", "We should do it, and we should do it soon."),
    ("open", "We will see."),
    ("open", "We'll look at it when the time comes."),
    ("open", "It depends on the conditions."),
    ("neutral", "It was a long meeting."),
    (
        "open",
        "Nobody should send soldiers into Ukraine without being prepared for them to be shot at.",
    ),
    ("open", "We will not send soldiers until there is a ceasefire."),
    ("oppose", "Let them come. Our guns are waiting."),
    ("open", "Ireland could contribute to a UN-mandated mission, as we always have."),
    (
        "support",
        "We should not exclude anything. If there is a peace agreement, Europe must be "
        "ready to guarantee it, also with people on the ground.",
    ),
    ("open", "We should not exclude anything at this stage."),
    ("open", "We are looking at a range of options, from training to air policing."),
    (
        "oppose",
        "If they want to send troops, that's up to them. We're not going to have American boots there.",
    ),
    ("open", "We'll see. We'll talk about it. It's a lot of money."),
    (
        "support",
        "A durable peace will need strong security guarantees, and Europe is best placed "
        "to provide them on the ground.",
    ),
    (
        "oppose",
        "I do not want Norwegian soldiers to be the ones standing between Russia and Ukraine.",
    ),
    ("open", "The government will not rush a decision."),
    # conditions to meet before committing (a long-read feature)
    (
        "open",
        "His government wants to see the terms of any ceasefire before it commits a single unit.",
    ),
    ("open", "We need to know who commands the force before we send anyone."),
    (
        "open",
        "Show me the mandate, show me who covers our flanks, and then we can talk numbers.",
    ),
    ("open", "Give us a clear mandate and then we can discuss troops."),
    ("oppose", "Hungarian soldiers will not set foot in Ukraine, full stop."),
    (
        "support",
        "Lithuania is ready to contribute troops to a coalition that guarantees Ukraine's security.",
    ),
    ("open", "Before any soldier is sent, parliament must see the rules of engagement."),
    ("neutral", "Russia must withdraw first, and then we can talk about peace."),
    (
        "oppose",
        "Norway should think very carefully before it sends its soldiers into a war zone.",
    ),
    # a factbox of where governments stand: a debate called premature, a job at home instead
    ("open", "Chancellor Markus Feldt has called the debate premature."),
    ("open", "The debate about troops is premature."),
    ("open", "Germany would first want to know what a ceasefire looks like."),
    ("open", "We need to know who would command such a force."),
    ("oppose", "Polish troops would protect the eastern flank instead."),
    ("oppose", "Our job is here, on our border."),
    ("oppose", "Our soldiers' place is here, at home."),
    (
        "oppose",
        "Calling the idea of troops premature and dangerous, he said Slovakia would never send soldiers.",
    ),
    ("neutral", "We want to know what Russia is planning on the border."),
    ("support", "Our troops would go to Ukraine instead of staying in barracks."),
    # a Kyiv outlet's report: a border of one's own first, others counted, threats defied
    (
        "oppose",
        "Finland will contribute to Ukraine's security in many ways, but our priority "
        "remains the defence of our own border.",
    ),
    (
        "oppose",
        "Finland supports the work of the coalition but noted that her country has a "
        "long border with Russia to protect.",
    ),
    ("neutral", "At least ten countries were ready to send troops after a ceasefire."),
    ("oppose", "Moscow would consider any foreign contingent in Ukraine a legitimate target."),
    (
        "support",
        "Russia does not decide who stands with Ukraine. The threats of the Kremlin will "
        "not stop our partners.",
    ),
    ("open", "We would consider sending a small contingent if there is a mandate."),
    # a Capitol Hill story: others should do it, help on the condition that no one is on the ground
    ("oppose", "Europe has the money and the men. Let them do it."),
    (
        "support",
        "If we want this ceasefire to hold, America has to be part of the guarantee. "
        "That does not mean a division in Donetsk, but it does mean we show up.",
    ),
    ("oppose", "as long as no American is on Ukrainian soil."),
    (
        "oppose",
        'He could support intelligence sharing and logistics "as long as no American is on Ukrainian soil."',
    ),
    ("open", "We could send a brigade as long as there is a UN mandate."),
    # an Italian agency report: never on the table, under the aegis of the UN, rather than a contingent
    (
        "oppose",
        "Italy is doing its part, and will continue to do it, but the hypothesis of "
        "Italian soldiers on Ukrainian territory has never been on the table.",
    ),
    ("oppose", "Sending troops has never been on the table."),
    ("open", "Rome could take part in a mission only under the aegis of the United Nations."),
    ("open", "Only under a UN flag would we consider it."),
    (
        "oppose",
        "The government preferred to work on extending NATO-style security guarantees to "
        "Kyiv rather than on a European contingent.",
    ),
    ("oppose", "We prefer to train Ukrainian soldiers at home rather than send a contingent."),
    # a Berlin report: warmongering, questions that arise only later, the army taking on responsibility
    ("oppose", 'AfD co-leader Petra Kranz called the debate "warmongering".'),
    (
        "open",
        "Germany is the largest supporter of Ukraine in Europe. Questions of a military "
        "presence after a ceasefire arise only when there is a ceasefire.",
    ),
    (
        "support",
        'The Bundeswehr would "of course" take on responsibility if a peace agreement required it.',
    ),
    (
        "neutral",
        "The minister said she would take full responsibility for the delays in arms deliveries.",
    ),
    ("oppose", "currently not up for debate"),
    # a Madrid agency report: the capacity to contribute, the right to know first
    (
        "support",
        "In statements to Cadena SER, Navarro recalled that Spanish troops already lead "
        'NATO missions in Latvia and Slovakia and that the Armed Forces "have the capacity and the experience" to contribute to a mission of this type.',  # noqa: E501
    ),
    (
        "open",
        "The Executive will wait for the outcome of the negotiations before taking any decision.",
    ),
    (
        "open",
        "The leader of the PP demanded that the Government appear in Congress before "
        "committing a single soldier.",
    ),
    ("open", "Spaniards have the right to know what their Government is preparing."),
    ("oppose", 'Vox rejected "sending our soldiers to a war that is not ours".'),
    # a Polish agency report: the eastern flank first, a hub instead
    (
        "oppose",
        "We respect the decisions of our allies, but Poland's priority is the security of the eastern flank.",
    ),
    ("neutral", "Our priority is the security of the summit in Vilnius."),
    ("oppose", "He added that Poland would instead serve as a logistics hub for the operation."),
    # an explainer: a backstop in a quoted fragment, others counted, planning begun
    (
        "open",
        'British Prime Minister Simon Hale said on Sunday the force would need "a strong '
        'U.S. backstop" to work.',
    ),
    (
        "neutral",
        "said several countries had indicated they would contribute, without naming them.",
    ),
    ("support", "We are moving from talking to planning."),
    (
        "support",
        "The coalition is now moving into an operational phase, with headquarters in Paris.",
    ),
    # two leaders at odds: no veto for Moscow, a parliament's backing, a disagreement over whether
    ("support", "the bloc should not wait for Moscow's permission"),
    ("support", "Russia cannot have a veto over who helps Ukraine."),
    ("open", "any mission would need the backing of the Danish parliament"),
    (
        "neutral",
        "disagreed openly on Tuesday over whether Europe should commit troops to Ukraine before a ceasefire",
    ),
    # an agency rewrite: a factory's focus is no position
    ("neutral", "The factory was focused on producing shells for export."),
    # two ministers of one state: a plan made, planning that is not deciding
    (
        "support",
        "We are planning for a contribution, and the government will present it when the time comes.",
    ),
    ("open", "We are saying the same thing. Planning is not the same as deciding."),
    # thirty sentences in the language of coverage, written before any rule (22 of 30 right before)
    ("oppose", "We will not send our boys to die for Donbas."),
    ("support", "Europe must put its money where its mouth is and put troops on the ground."),
    ("oppose", "This is not our war, and our soldiers will not fight it."),
    ("support", "Boots on the ground would be a game changer for Ukraine's security."),
    ("open", "It would be a mistake to take anything off the table at this stage."),
    ("support", "We need skin in the game, and that means soldiers in Ukraine."),
    ("neutral", "I'm not going to speculate on what might happen after a ceasefire."),
    ("oppose", "Sending troops would be pouring oil on the fire."),
    (
        "support",
        "A European force on the ground is the best guarantee that Russia will not attack again.",
    ),
    ("open", "We are not ruling anything in and we are not ruling anything out."),
    (
        "oppose",
        "Our armed forces are stretched thin already; we cannot spare a single battalion.",
    ),
    ("support", "Denmark is prepared to send soldiers as part of a multinational force."),
    ("open", "The Netherlands will look at a possible contribution with an open mind."),
    ("oppose", "Any such deployment is a non-starter for my government."),
    (
        "support",
        "We will be there, shoulder to shoulder with our Ukrainian friends, when peace comes.",
    ),
    ("open", "Much depends on what the Americans are willing to do."),
    ("oppose", "There is zero appetite in this country for sending troops to Ukraine."),
    ("support", "Britain stands ready to lead a coalition on the ground."),
    ("open", "Let's first see what a ceasefire agreement actually says."),
    ("oppose", "Putting NATO soldiers in Ukraine is a red line for us."),
    (
        "support",
        "We owe it to Ukraine to help guarantee the peace, with our own soldiers if needed.",
    ),
    ("oppose", "The prime minister poured cold water on the idea of sending troops."),
    ("open", "Finland has not made a decision and is keeping its options open."),
    ("support", "Our engineers and deminers are ready to deploy as soon as the guns fall silent."),
    ("oppose", "Lithuania's parliament voted down a motion to send troops."),
    ("neutral", "Officials said the summit would also discuss energy security and sanctions."),
    ("open", "We could contribute, but only within a clear legal framework."),
    (
        "oppose",
        "Hungary will not allow its territory or its soldiers to be used for this mission.",
    ),
    ("support", "Romania will contribute troops to the reassurance force."),
    (
        "oppose",
        "The idea of Western troops in Ukraine is a fantasy that would end in catastrophe.",
    ),
    ("neutral", "That means more weapons and more money for Kyiv."),
    ("neutral", "The markets will recover, it is a game of patience."),
    # thirty more, written before any rule (26 of 30 right before)
    ("support", "If there is a peace deal, we will help to keep it, including with soldiers."),
    ("oppose", "Slovakia will not send a single soldier across its eastern border."),
    ("open", "A deployment cannot be excluded if the situation on the front deteriorates."),
    ("oppose", "There will be no Dutch troops in Ukraine while I am prime minister."),
    ("support", "Canada is willing to play its part in a force on the ground."),
    ("open", "We have not ruled out sending a small number of specialists."),
    ("oppose", "It is out of the question for Bulgarian soldiers to go to Ukraine."),
    ("support", "We are convinced that European troops will be needed to secure a lasting peace."),
    ("neutral", "The ministers also discussed air defence and the coming winter."),
    ("open", "Norway is assessing what it could contribute to such a force."),
    ("oppose", "The Kremlin said any foreign soldiers would be treated as occupiers."),
    ("support", "Our brigade could be in place within weeks of a ceasefire."),
    ("oppose", "We do not believe that sending soldiers is the right answer."),
    ("open", "Whether we send troops depends on the mandate and on the Americans."),
    ("support", "Estonia is ready, today, to send a company of soldiers."),
    ("oppose", "Portugal sees no role for its troops in Ukraine."),
    ("support", "The government confirmed that a first contingent would leave in the spring."),
    ("oppose", "Putting European soldiers between the two armies would be suicidal."),
    ("neutral", "Analysts expect the debate to dominate the summit."),
    ("oppose", "Our soldiers are needed at home to protect our own borders."),
    ("support", "Sweden has offered to lead a battalion in the west of Ukraine."),
    ("open", "Italy would consider taking part under a United Nations flag."),
    ("oppose", "Greece has made clear it will not participate in any such force."),
    ("support", "The president called on allies to put boots on the ground."),
    ("oppose", "We reject the idea of sending troops outright."),
    ("open", "The question of troops is premature while the fighting continues."),
    ("support", "We will not hesitate to deploy our forces to help guarantee the peace."),
    ("oppose", "Sending soldiers would drag us into the war."),
    ("open", "No options are off the table, the minister insisted."),
    ("oppose", "Our troops will be needed at home for years."),
    ("neutral", "Russian reinforcements would arrive within days, the analyst said."),
    # a briefing of where capitals stand
    (
        "oppose",
        'In Berlin, the spokeswoman repeated that "the question does not arise at '
        'present" when asked about troops.',
    ),
    ("oppose", 'He called the idea of sending troops "a leap in the dark".'),
    ("open", "The Netherlands, Belgium and Lithuania have signalled they could join."),
    ("oppose", "Greece could not join such a mission, the minister said."),
    # a White House story: help in other ways, planning supported
    ("oppose", "But we'll be involved in other ways. Air is a possibility."),
    (
        "support",
        "We support our European partners in planning for a force that can deter future aggression.",
    ),
    ("open", "We could send a small unit, or help in other ways, depending on the mandate."),
    # a machine-translated Lisbon report
    (
        "open",
        'The President considered that "it is premature" to talk of military on the ground.',
    ),
    ("open", "First we need a ceasefire, after we will see."),
    ("oppose", 'Portugal "is not available" to send military to Ukraine in the current context.'),
    (
        "oppose",
        "Portugal is a reliable ally and will continue supporting Ukraine, but the "
        "sending of troops in this moment is not in cause.",
    ),
    # quotations after colons
    ("support", "Deterrence without soldiers is a bluff, and Putin does not fear bluffs."),
    ("support", "If we want peace, we must be ready to guarantee it ourselves."),
    # a NATO summit and Ankara's readiness
    ("open", "Turkey is a key actor in the region and will do what is necessary."),
    (
        "open",
        "Ankara was ready to contribute to the security of the Black Sea once a "
        "ceasefire was in place, without saying whether Turkish troops would be sent to Ukrainian soil.",
    ),
    (
        "support",
        "This will not be a NATO mission. It will be a coalition of countries, and NATO "
        "will support them where it can.",
    ),
    # a cabinet's letter to parliament
    (
        "open",
        "The Dutch government has begun preparations for a possible military "
        "contribution to a multinational force in Ukraine.",
    ),
    (
        "support",
        "It is good that the cabinet is preparing. We cannot leave the security of Europe to others.",
    ),
    # a Helsinki report: own defence first, the question looked at again, specialists who would be useful
    (
        "oppose",
        "Finland's long border with Russia meant its own defence would always come first.",
    ),
    (
        "support",
        'Finnish engineers and mine-clearing specialists could be "very useful" in a post-war Ukraine.',
    ),
    (
        "open",
        'The country would "look at the question again" if a peace agreement were reached.',
    ),
    # a Paris report
    ("open", 'The general staff has been asked to "study all scenarios".'),
    # two Baltic ministers: a company earmarked and ready, help in principle and what we can
    (
        "support",
        "Lithuania had already earmarked a company of soldiers for a possible deployment.",
    ),
    ("support", "We are not waiting for others. The company is ready, and so is the government."),
    (
        "open",
        'Estonia supported the mission in principle but had "very limited capacity" to '
        "send troops while it built up its own defences.",
    ),
    ("open", "We will contribute what we can, but I will not promise soldiers we do not have."),
    ("oppose", "Our troops are ready to defend our own borders, not Ukraine's."),
    # rhetorical questions and questions put (3 of 8 right before); 'a force' as what is sent
    ("oppose", "Are we really going to send our sons to die for Donbas?"),
    ("oppose", "Does anyone seriously believe that sending troops would make us safer?"),
    ("neutral", "Who exactly is going to send their soldiers?"),
    ("oppose", "Why should Slovak mothers bury their sons for a war that is not ours?"),
    ("support", "If not now, when? Europe must send a force to secure the peace."),
    ("neutral", "Will Germany send troops? The chancellor would not say."),
    (
        "oppose",
        "What good would a few thousand European soldiers do against the Russian army? None.",
    ),
    ("support", "Who else will guarantee Ukraine's security if not European soldiers?"),
    ("support", "Are we ready to send troops? Yes, we are."),
    ("support", "Europe must send a force to secure the peace."),
    ("neutral", "The air force will hold an exercise in the Baltic next week."),
    # a third batch of thirty written before any rule (24 of 30 right before; one dropped as arguable: 'no majority in parliament')  # noqa: E501
    (
        "open",
        "Belgium is prepared to consider a contribution, provided there is a clear mandate.",
    ),
    ("oppose", "Our position has not changed: no Austrian soldiers in Ukraine."),
    ("support", "Ireland will send a contingent of peacekeepers once the guns fall silent."),
    ("neutral", "The minister spoke to reporters after meeting her Ukrainian counterpart."),
    ("open", "Much will depend on the outcome of the talks in Istanbul."),
    ("oppose", "Bratislava has said clearly that it will not take part."),
    ("support", "We have told our allies that Croatia is ready to send soldiers."),
    (
        "open",
        "The government has asked the army to prepare options, but no decision has been made.",
    ),
    ("oppose", "The president dismissed the proposal as irresponsible."),
    ("support", "Norway will not stand on the sidelines when Europe guarantees the peace."),
    ("open", "We will decide at the right time, together with our partners."),
    ("neutral", "Russia launched another wave of drones overnight, officials said."),
    ("support", "Sending troops is the only way to make a ceasefire stick."),
    ("support", "It is not a question of if, but of when and how."),
    ("oppose", "There is no question of Danish soldiers going to Ukraine."),
    ("support", "Lithuania stands ready to deploy troops as part of a European force."),
    ("open", "A contribution from Luxembourg cannot be ruled out."),
    ("oppose", "The Czech government has no plans to send any soldiers."),
    ("neutral", "The talks will continue next week in Geneva."),
    ("support", "We must be prepared to put boots on the ground."),
    ("open", "Any deployment would need a UN Security Council resolution."),
    ("oppose", "Sending soldiers would be a provocation that Moscow would answer."),
    ("support", "Our soldiers will be part of the reassurance force."),
    ("open", "If asked by Kyiv, we would consider it."),
    ("oppose", "Slovenia will limit its help to humanitarian aid."),
    ("support", "We are ready to do our part, including on the ground."),
    ("open", "We will look at the details of any plan before we commit."),
    ("oppose", "The coalition of the willing is a coalition of the reckless."),
    ("neutral", "Polls show that most voters oppose sending troops."),
    # an analysis of the capitals
    ("neutral", "Everyone wants a peace force, as long as somebody else's soldiers are in it."),
    (
        "open",
        "Britain has said it would put troops on the ground if Washington provides a backstop.",
    ),
    (
        "oppose",
        "Rome remains lukewarm, preferring to talk about security guarantees rather than soldiers.",
    ),
    ("oppose", "Warsaw prefers to keep its forces at home."),
    # Ottawa and Canberra
    ("oppose", "Our military can barely meet its commitments in Latvia."),
    ("open", 'His country was "open to" joining a European-led security force in Ukraine.'),
    # a long summit wire
    (
        "support",
        "It is not a force that will fight Russia. It is a force that will make Russia think twice.",
    ),
    (
        "support",
        'The force would not be deployed on the front line but in "strategic locations" away from it.',
    ),
    ("oppose", "Our contribution will be different: training, equipment, and diplomacy."),
    (
        "open",
        'Denmark was "in principle" ready to contribute but wanted to see a clear mission first.',
    ),
    ("open", 'Berlin would decide "when the conditions are known".'),
    ("support", "Europe is finally speaking about real guarantees, with real soldiers."),
    # Dublin: a UN mandate as the condition, a firm refusal that no mandate lifts
    (
        "oppose",
        'The party would "never support" sending Irish troops into a conflict zone without a UN mandate.',
    ),
    (
        "open",
        "We have a proud tradition of peacekeeping. If there is a UN mandate and a "
        "ceasefire, Ireland will play its part.",
    ),
    ("open", "Italy will not send troops without a UN mandate."),
    # a fourth batch written before any rule (21 of 30 right before; two left out: one arguable, one whose rule lowered the held-out half)  # noqa: E501
    (
        "support",
        "Estonia is prepared to send a company to a reassurance force, the prime minister said.",
    ),
    ("oppose", "There will be no Slovak soldier in Ukraine, not now and not after a ceasefire."),
    ("open", "We do not exclude participating, but it is far too soon to talk about numbers."),
    ("oppose", "The idea of sending troops is simply not realistic."),
    ("open", "Our participation is conditional on a clear mandate and an American backstop."),
    ("oppose", "Bulgaria is not going to send anyone."),
    ("neutral", "The foreign minister will travel to Kyiv next week."),
    ("support", "A European force is essential if peace is to last."),
    (
        "open",
        "The Netherlands will take its decision once the details of the mission are known.",
    ),
    ("oppose", "Sending troops would only escalate the war."),
    ("open", "Nothing has been decided, but all options remain on the table."),
    ("oppose", "Hungary rejects the deployment of any foreign troops to Ukraine."),
    ("support", "We are ready to deploy as soon as a ceasefire is signed."),
    ("open", "Parliament will have the final say on any deployment."),
    ("oppose", "This would turn NATO into a party to the war."),
    ("support", "It is in our interest that European soldiers help secure the peace."),
    ("open", "We need more clarity from Washington before we can commit."),
    ("oppose", "We have no intention of sending soldiers to Ukraine."),
    ("support", "Sweden will send a battalion to Ukraine after a peace deal."),
    ("neutral", "The summit ended without a joint statement."),
    ("open", "Austria's neutrality does not rule out a contribution under a UN mandate."),
    ("oppose", "Norway's soldiers belong in the High North, not in Donbas."),
    ("support", "France is ready to take the lead on a reassurance force."),
    ("open", "We could imagine a contribution, in principle."),
    ("oppose", "The minister called the proposal a dangerous fantasy."),
    ("support", "Troops on the ground are the only real guarantee for Ukraine."),
    ("open", "Whether Germany takes part will depend on the mandate."),
    ("oppose", "Sending our soldiers would be a betrayal of our neutrality."),
    # Prague and Bratislava
    (
        "support",
        "Training Ukrainian soldiers closer to home makes sense, and our instructors have the experience.",
    ),
    (
        "open",
        'She said a decision would be taken by the government "together with our allies".',
    ),
    # Bucharest
    ("oppose", "Not one Romanian will die for Ukraine."),
    (
        "oppose",
        'The party welcomed the decision but warned against "any adventure" that could '
        "drag Romania into the war.",
    ),
    # guards: common news phrases that five of this session's rules caught before they were narrowed
    ("neutral", "The minister was not available for comment."),
    ("neutral", "Kyiv is preparing for a possible Russian offensive in the spring."),
    ("neutral", "I can imagine the Russians will be furious."),
    ("neutral", "North Korean troops would arrive in Kursk within weeks."),
    ("neutral", "He questioned whether Russia would ever accept a ceasefire."),
    # guards: seven more phrases of other news that this session's readings caught before they were narrowed
    ("neutral", "The company is ready to resume exports of grain."),
    ("neutral", "We support our partners in building a stronger single market."),
    ("neutral", "The coalition said it will support them in the vote on pensions."),
    ("neutral", "Our contribution will be different this year because of the budget cuts."),
    ("neutral", "The minister said a decision would be taken by the government next month."),
    (
        "neutral",
        "Training the new recruits makes sense, the general said of the domestic programme.",
    ),
    ("neutral", "Hungary will not allow its territory to be used for the pipeline."),
    # a National Assembly debate (fresh article g03) and a Belgian TV interview (g02)
    (
        "support",
        "When the guns fall silent, French soldiers will help make sure they stay silent.",
    ),
    (
        "support",
        "Our soldiers are not going there to wage war on Russia. They are going there so "
        "that Russia does not wage it again.",
    ),
    ("support", "Guarantees without soldiers are worth nothing."),
    (
        "open",
        "Not a single French soldier should set foot in Ukraine without the consent of "
        "the people's representatives.",
    ),
    ("oppose", "Peace will not be built with French battalions on Russia's border."),
    ("oppose", "The plan is a blank cheque for co-belligerence."),
    ("open", "There will be no blank cheque for this government."),
    ("open", "We will not give the government a blank cheque."),
    ("neutral", "The minister rejected calls for a binding vote."),
    ("oppose", "The minister rejected calls for a deployment of troops."),
    ("open", "When there is a ceasefire, we will look at what is asked of us."),
    ("open", "I want an American backstop before I send anyone."),
    # an Ottawa report where the minister sets conditions (fresh article g14)
    (
        "open",
        "Canada is now prepared to look at contributing soldiers to a European-led force in Ukraine.",
    ),
    ("open", "If those two conditions are met, Canada will not stand on the sidelines."),
    (
        "oppose",
        "We should not be promising soldiers we do not have for a mission that does not exist.",
    ),
    ("support", "The government is committed to sending troops."),
    # a live blog (fresh article g11)
    ("oppose", "A German brigade in Ukraine is not something I see."),
    ("oppose", "He did not see German troops stationed inside Ukraine."),
    ("neutral", "I do not see why we should wait for the summit."),
    (
        "open",
        "The Netherlands would decide on sending troops only once there was an actual ceasefire agreement.",
    ),
    (
        "support",
        "Any security guarantees had to include the physical presence of partner forces "
        "on Ukrainian territory.",
    ),
    ("oppose", "The deal should not include foreign troops."),
    # military experts divided (fresh article g15)
    (
        "support",
        "If Moscow knows that an attack means killing British and French soldiers, it "
        "has to think about London and Paris.",
    ),
    ("support", "It will threaten us over soldiers too. That is not a reason to stay at home."),
    ("oppose", "Europe simply does not have the brigades to spare."),
    (
        "support",
        "A force of 10,000 well-equipped soldiers would be enough to make any new "
        "Russian offensive politically costly.",
    ),
    ("neutral", "A force of 10,000 would not be enough to deter Russia, the study found."),
    ("open", "If Russia breaks through, we will have to consider it."),
    # a Prague press conference (fresh article g12)
    ("oppose", "Sending Czech troops to Ukraine was not on the government's agenda."),
    # EU ministers on sanctions, with two lines on troops (fresh article g13)
    ("oppose", "Poland would not support sending troops to Ukraine."),
    ("support", "Kyiv expected it to be ready on the first day of a ceasefire."),
    # a Senate hearing (fresh article g09)
    ("support", "Kyiv wanted European soldiers on the ground and American aircraft in the sky."),
    # a morning briefing (fresh article g05)
    ("support", "A guarantee is only as strong as the soldier standing behind it."),
    (
        "neutral",
        "Finland's president said after the meeting that no decisions on troops had been taken.",
    ),
    (
        "open",
        "Any German contribution would have to be discussed in the cabinet and in the Bundestag.",
    ),
    # a Romanian regional paper (fresh article g06)
    ("oppose", "Let the French go if they want. Our boys should stay here."),
    ("oppose", "Our boys should stay here."),
    # a Moscow report (fresh article g08)
    ("oppose", "Any foreign soldier on Ukrainian soil is a target, nothing more."),
    (
        "neutral",
        "Russia remained open to a negotiated settlement that took into account the "
        "security interests of all parties.",
    ),
    # a Nordic outlet (fresh article g16)
    (
        "support",
        "We are ready. But we will not send soldiers into an ongoing war, and nobody is asking us to.",
    ),
    ("oppose", "We will not send soldiers into an ongoing war."),
    # a garrison-town paper (fresh article h01, helper-13's second batch)
    (
        "oppose",
        "Our mission is the defence of Lithuania. Nobody in this battalion is planning for Ukraine.",
    ),
    (
        "support",
        "If a ceasefire comes and our neighbours send soldiers to protect it, Germany has to be there too.",
    ),
    (
        "oppose",
        "Anyone who wants to send soldiers to Ukraine should first explain where the "
        "second brigade is supposed to come from.",
    ),
    (
        "oppose",
        "His party would fight every single mandate that sends German soldiers towards Russia.",
    ),
    ("open", "The party would send troops only with a UN mandate."),
    # a Warsaw row over sappers (fresh article h07)
    (
        "support",
        "Ukraine would gladly welcome Polish engineers if Warsaw ever decided to send them.",
    ),
    ("oppose", "Nobody is sending sappers anywhere."),
    ("oppose", "Poland's contribution would be on Polish territory, not Ukrainian."),
    (
        "open",
        "If there is a peace deal and Ukraine asks us, I can imagine Polish sappers "
        "rebuilding bridges near Lviv.",
    ),
    # a European Parliament plenary (fresh article h12)
    ("support", "I want to see French soldiers joined by Belgians, Dutch and Swedes."),
    (
        "oppose",
        "This is how world wars begin: with a reassurance force that nobody can reassure.",
    ),
    (
        "support",
        "He called on member states to be ready to stand on Ukrainian soil once the guns fall silent.",
    ),
    ("open", "Her group backed a force under a clear UN or OSCE mandate."),
    # a Dáil debate with a correction notice (fresh article h16)
    (
        "oppose",
        "The bill is about making it easier to send Irish troops into other people's wars.",
    ),
    # a Kremlin readout and Kyiv's reply (fresh article h14)
    (
        "support",
        "A foreign contingent on our soil, invited by us, is not an escalation. It is a guarantee.",
    ),
    ("support", "Moscow does not decide who helps Ukraine defend a peace."),
    ("oppose", "Europeans cannot be guarantors of anything. They are a party to this conflict."),
    ("open", "Any deployment is contingent on a ceasefire."),
    # a radio interview write-up (fresh article h08)
    (
        "neutral",
        "On France's plans to send instructors, he said that was a sovereign decision for Paris.",
    ),
    ("neutral", "We've committed more than four billion dollars in military aid to Ukraine."),
    (
        "open",
        "Any Canadian deployment inside Ukraine would require a clear request from Kyiv "
        "and a decision by cabinet.",
    ),
    ("support", "Poland plans to send instructors."),
    # a Lisbon communiqué (fresh article h03)
    (
        "support",
        "Portugal is available to contribute to the security guarantees for Ukraine, "
        "including with military personnel.",
    ),
    ("oppose", "Portugal is not available to send troops."),
    (
        "support",
        "The contribution would be in the order of a few dozen to a few hundred military personnel.",
    ),
    ("support", "Portugal cannot be absent from a European effort to secure peace in Ukraine."),
    # a Bratislava row over deminers (fresh article h13)
    (
        "support",
        "Slovakia should offer army engineers to help clear mines in Ukraine once a "
        "peace agreement has been signed.",
    ),
    (
        "support",
        "We have some of the best de-miners in Europe. It would be a shame not to use them for peace.",
    ),
    (
        "support",
        "Slovakia should be where its allies are. If Czechs and Balts send de-miners, so should we.",
    ),
    # a Dutch explainer in questions (fresh article h02)
    (
        "open",
        "The cabinet will only send troops if the United States stands behind this force.",
    ),
    (
        "support",
        "If we want Russia to take a ceasefire seriously, there have to be soldiers behind it.",
    ),
    (
        "support",
        "We are not going to Ukraine to fight. We are going to make sure that a ceasefire actually holds.",
    ),
    # a training-ground feature (fresh article h10)
    (
        "support",
        "It would mean a lot to see British soldiers at home. Not at the front, just there.",
    ),
    # Tokyo (fresh article h05)
    (
        "oppose",
        "Sending the SDF into a country at war would cross a line that the Constitution draws very clearly.",
    ),
    # a think-tank launch (fresh article h11)
    (
        "support",
        "Every month you spend discussing the size of the force, Russia spends "
        "rebuilding its army. Send the first battalion, and argue about the rest later.",
    ),
    # US Sunday shows (fresh article h15)
    (
        "oppose",
        "American sons and daughters are not going to fight in Ukraine. Not under this "
        "president, not under the next one.",
    ),
    # a factbox (fresh article h09)
    (
        "support",
        "They signed a declaration of intent on Tuesday to deploy forces to Ukraine once "
        "a ceasefire takes effect.",
    ),
    # a force that changes the enemy's sums; support for a mission in Ukraine, hedged by a mandate; help
    # from the Americans as a condition; ambiguity defended
    ("support", "British soldiers in Ukraine would change Russia\u2019s calculations."),
    ("support", "A European force would fundamentally alter the Kremlin\u2019s calculus."),
    ("neutral", "Sanctions would change Russia\u2019s calculations."),
    ("support", "Ireland could support a peacekeeping mission in Ukraine."),
    ("open", "Her party could support a UN-mandated mission in Ukraine."),
    ("oppose", "We will not support any UN-mandated mission in Ukraine."),
    ("neutral", "He accused the government of hiding behind ambiguity."),
    ("open", "Without the Yanks behind us, we would be sending our lads in as sitting ducks."),
    ("open", "Ambiguity is a weapon, and we have been disarming ourselves."),
    ("neutral", "Ambiguity is a weakness."),
    # no country that stays home; the charge of leading the country to war
    (
        "support",
        "If France goes, and the Baltics go, Canada should not be the country that stays home.",
    ),
    ("support", "Canada should be ready to go."),
    ("neutral", "He should be ready to go home."),
    (
        "oppose",
        "Konfederacja co-leader Bartosz Wilk accused the government of \u201epreparing Poles for war\u201d.",
    ),
    ("oppose", "The opposition accused ministers of dragging the country into war."),
    ("neutral", "He accused Russia of preparing for a long war."),
    # ruling out judged a mistake; not for ever; no spectator; requests and both sides' consent as
    # conditions; ambiguity kept; welcomed soldiers; defiance of threats; not among the contributors;
    # everything except soldiers; promises no one can keep; our own border first; a warning that opens on
    # 'Without the UN'
    (
        "open",
        "But ruling things out before the Americans have even sat down at the table is not leadership.",
    ),
    ("open", "To rule out any contribution now would be a mistake."),
    ("open", "Ground troops are not on the table today, which does not mean it never will be."),
    (
        "open",
        "Our President has made clear that T\u00fcrkiye is a guarantor of stability, not a spectator.",
    ),
    ("open", "Norway does not intend to be a spectator."),
    ("open", "The party would not automatically reject a deployment."),
    ("open", "T\u00fcrkiye will be part of solutions that both sides accept."),
    (
        "open",
        "I am not going to tell Moscow today what the Bundeswehr will or will not do tomorrow.",
    ),
    ("open", "But nobody in this government has said never, and nobody will."),
    ("open", "The Bundeswehr is a parliamentary army."),
    ("open", "If the Americans stand behind it, Swedish soldiers can stand in it."),
    (
        "open",
        "If there is a ceasefire and the Americans are on board, Finland will look "
        "seriously at what it can contribute, including on the ground.",
    ),
    (
        "open",
        "T\u00fcrkiye is ready to assume responsibility in a peace mission, on land or at "
        "sea, if the parties request it.",
    ),
    ("support", "T\u00fcrkiye is ready to assume responsibility in a peace mission."),
    (
        "support",
        "We would be honoured to see Turkish soldiers among those who guarantee the peace.",
    ),
    ("support", "We thank the prime minister and count on other partners to follow."),
    ("support", "We would like, at some point, to hear that it is being deployed."),
    (
        "support",
        "If I took every one of those threats as a veto, I would have to ask the Kremlin "
        "for permission before I order boots for our recruits.",
    ),
    ("support", "Somebody has to clear the mines. I would like it to be us."),
    ("support", "We are ready. The only thing missing is a ceasefire."),
    (
        "oppose",
        "Whoever wants to send their sons east can do so, but Hungary will not be among them.",
    ),
    ("oppose", "Poland will not be among the troop contributors inside Ukraine."),
    ("oppose", "The West must send everything except soldiers."),
    ("oppose", "This is a decision to put Norwegian soldiers within range of Russian artillery."),
    (
        "oppose",
        "Mehmet\u00e7ik is not for rent. Our soldiers are not a gift to be handed to Brussels.",
    ),
    (
        "oppose",
        "Whoever promises a peaceful deployment next to that army is promising something nobody can deliver.",
    ),
    (
        "oppose",
        "The opposition accused the government of making promises it cannot keep about troops.",
    ),
    ("oppose", "Our first front is our own border."),
    ("oppose", "Every backstop ends with Americans in harm's way."),
    ("oppose", "To send soldiers is to put Spain inside the war."),
    (
        "oppose",
        "Whether a German soldier arrives with a mandate or without one, for us he is a "
        "German soldier on Ukrainian soil, with all the consequences.",
    ),
    ("neutral", "We will go to the summit with all our partners."),
    ("neutral", "He was a spectator at the match."),
    (
        "open",
        "If our allies ask us to help guard a ceasefire, I will not hide behind an "
        "election poster. I will go to parliament and argue for it.",
    ),
    ("support", "I will not hide behind an election poster when our allies need soldiers."),
    (
        "open",
        "Without the UN, we are a party to the conflict. With the UN, we are peacekeepers.",
    ),
    # no infantry; not one of our boys; funds barred; the least effective option; no soldier without a
    # decision of this house (a condition)
    (
        "oppose",
        "The prime minister had told the Chamber that there would be no Belgian infantry in Ukraine.",
    ),
    (
        "oppose",
        "Paris calls, Europe runs. And who asks the Italians? Not one of our boys for this.",
    ),
    (
        "oppose",
        "He said he would introduce an amendment barring funds for any US military "
        "presence in Ukraine, direct or indirect.",
    ),
    (
        "neutral",
        "Pressed on air cover, she said she would not get ahead of ongoing discussions with our allies.",
    ),
    (
        "neutral",
        "The Pentagon said it would support the Department of State in its discussions with allies.",
    ),
    (
        "oppose",
        "She said that sending Italian troops was the least effective option on the table.",
    ),
    (
        "open",
        "There will be no German soldier in Ukraine, not one, not for an hour, without a "
        "decision of this house.",
    ),
    # a yes put off
    ("open", "yes, but not yet, and not alone"),
    ("open", "The answer is yes, but not now."),
    ("neutral", "Yes, but not in the way you think."),
    # fresh batch j: ready to assume responsibilities, no troop contributor, not one boy, will not die
    # for, not dragged in, a decision of the assembly, chess pieces, a ceasefire without guarantees,
    # someone has to stand guard, someone else's ceasefire, kept at home, let them go themselves, ready
    # sailors, welcome helpers, the risk of doing nothing, mercenaries, participants in the conflict, not
    # Moscow's to decide, among the first to go, a yes with conditions, look at it, rule in or out, own
    # hands, national procedures, with them we will be there, not missing
    ("support", "France is ready, with its partners, to assume its responsibilities."),
    ("oppose", "Sweden will not be a troop contributor as such."),
    ("oppose", "Not one Italian boy will leave for Ukraine while I am in this government."),
    ("oppose", "Romanians will not die for Odesa."),
    ("oppose", "Bulgaria must not be dragged into the war."),
    (
        "open",
        "We will act only within the trilateral framework and only with a decision of the National Assembly.",
    ),
    (
        "oppose",
        "Our soldiers are not chess pieces for Paris and London. Not one Belgian para belongs in Ukraine.",
    ),
    ("support", "A ceasefire without guarantees is an invitation to the next invasion."),
    ("support", "A ceasefire without soldiers to guard it lasts exactly until Putin has rearmed."),
    ("support", "If we want peace in Europe, someone has to stand guard. Why not us?"),
    ("oppose", "Our people should be guarding our north, not someone else's ceasefire."),
    (
        "oppose",
        "Poland has the largest army in the European Union, and it is going to keep it at home.",
    ),
    ("oppose", "Paris wants to play at war? Let them go themselves."),
    ("support", "Our sailors are ready. I am proud of that."),
    ("open", "I said our navy is ready. Being ready is not the same as being sent."),
    ("support", "Whoever helps us clear them is welcome, and the sooner the better."),
    ("support", "We are asking for teachers, and teachers are welcome."),
    ("support", "Doing nothing also has a risk, and it is a bigger one."),
    ("oppose", "Foreign instructors will be treated like any other foreign mercenaries."),
    ("oppose", "Such soldiers would be participants in the conflict."),
    ("support", "The risk is ours to manage, not Moscow's to decide."),
    ("support", "One French instructor in Lviv is worth more to us than ten statements in Paris."),
    (
        "support",
        "If a ceasefire is signed, the marsouins of Vannes will be among the first to go.",
    ),
    (
        "support",
        "We are not going to war against Russia. We are going to make sure the war does not start again.",
    ),
    ("support", "Thank you, Nordic friends. This is what real security guarantees look like."),
    ("oppose", "Portugal will help Ukraine with shells, not Portuguese infantry."),
    ("open", "We should not close doors that may one day need to be opened."),
    ("oppose", "Not a euro, not a soldier."),
    (
        "open",
        "If one day there is a United Nations mission, we will look at it, as we always have.",
    ),
    ("open", "It's a yes with conditions."),
    (
        "open",
        "We are not going to rule things in or rule things out on the basis of a hypothetical.",
    ),
    ("support", "When the time comes, Belgium will not be missing."),
    ("open", "You do not tie your own hands in a negotiation."),
    ("open", "Each contribution will be decided in accordance with national procedures."),
    (
        "open",
        "Without the Americans, I do not believe this force is credible. With them, Norway will be there.",
    ),
    ("open", "Finland will contribute in a way that does not weaken our own defence."),
    ("neutral", "The sooner the better, he said of the new budget."),
    ("neutral", "Our sailors are proud of their ships."),
    # backing the force itself
    ("support", "Her group would back the force."),
    (
        "open",
        "Germany could station forces in a neighbouring NATO country to support the mission.",
    ),
    # refusing to exclude
    (
        "open",
        "The French president refused to exclude the deployment of Western ground troops.",
    ),
    ("open", "He refused to rule out sending troops."),
    # cheques that cannot be cashed
    ("oppose", "The government is writing cheques it cannot cash."),
    # not a no: what was not said, a role short of fighting
    ("open", "I did not say tomorrow, and I did not say combat."),
    ("open", "None of this means French soldiers fighting Russians."),
    ("neutral", "I never said that, the minister replied."),
    ("open", "This does not mean our troops fighting at the front."),
    # help of another kind
    (
        "neutral",
        "NATO allies are providing unprecedented support to Ukraine, and we will keep doing so.",
    ),
    # the readings widened from one article's wording
    ("open", "Readiness is not the same as a decision."),
    ("support", "Boots on the ground are worth more than any promise."),
    # support in plain words: keeping a peace, a presence as the best guarantee, troops needed
    # ('without them, …'), leading a force, stationed in named places, obligations ('has to put')
    (
        "support",
        "Our soldiers will be there on day one of the ceasefire, and they will stay as long as it takes.",
    ),
    (
        "support",
        "Lithuania stands ready to contribute a company to the mission the moment it is launched.",
    ),
    (
        "support",
        "I have told the Ukrainians: when the guns fall silent, Portuguese engineers "
        "will help clear the mines.",
    ),
    ("support", "We have already earmarked two hundred troops for the force."),
    ("support", "Canada will do its part on the ground, as we did in Latvia."),
    ("support", "The question is not whether we go, but how many and how fast."),
    (
        "support",
        "A European presence on Ukrainian soil is the best guarantee that this war does not start again.",
    ),
    (
        "support",
        "We owe it to the Ukrainians to stand with them on the ground, not just in speeches.",
    ),
    ("support", "My party supports the deployment, and we will vote for it."),
    ("support", "I back the plan to send British trainers to western Ukraine."),
    ("support", "Dutch troops should be part of any reassurance force."),
    ("support", "The government has approved the dispatch of 150 military instructors."),
    (
        "support",
        "Deterrence only works if there are soldiers behind it, and we are prepared to provide them.",
    ),
    ("support", "Croatia will contribute de-miners and medics to the coalition."),
    (
        "support",
        "Without Western troops on the ground, any ceasefire will be torn up within "
        "months. That is why we must send them.",
    ),
    ("support", "I would be proud to see Belgian soldiers help secure the peace in Ukraine."),
    ("support", "The Bundeswehr can and should take part in securing a ceasefire line."),
    ("support", "Let me be clear: Estonia will send troops if a peacekeeping mission is agreed."),
    (
        "support",
        "Sending peacekeepers is the right thing to do, and Slovenia will not hide from it.",
    ),
    ("support", "Our special forces are ready to go whenever the mission is decided."),
    ("support", "We will lead the force in the north, with up to 2,000 personnel."),
    ("support", "Europe has to put boots on the ground to make the peace stick."),
    (
        "support",
        "Troops from the coalition of the willing will be stationed in Kyiv, Odesa and "
        "Lviv, and Denmark will be among them.",
    ),
    ("support", "I am in favour of sending a contingent."),
    ("support", "Yes, we will participate with a contingent."),
    ("support", "Our country has offered to host the command and to send a brigade."),
    ("support", "It is time for Europe to send soldiers to Ukraine."),
    ("support", "There can be no lasting peace without European soldiers in Ukraine."),
    ("oppose", "We will not send troops without a UN mandate, full stop."),
    ("open", "We would send soldiers, but not without an American backstop."),
    ("support", "If there is a peace to keep, Norway will help keep the peace."),
    # support said through negations: a certainty ('nobody should doubt that'), staying home no
    # option, a contrast that starts the clause, the troops that must go, a brigade that goes in
    # March, 'we will take part.'
    (
        "support",
        "We cannot leave the Ukrainians to guard this peace alone. Our soldiers will be part of it.",
    ),
    ("support", "Nobody should doubt that Danish soldiers will be there."),
    ("support", "This is not a war mission, it is a peace mission, and we will take part."),
    ("support", "There is no risk-free option, but sending troops is the right one."),
    (
        "support",
        "We will not let Ukraine face this alone: a Polish contingent will be part of the force.",
    ),
    ("support", "I don't think we have the luxury of staying out. Our soldiers must go."),
    ("support", "Putin does not get a veto over where European soldiers stand."),
    ("support", "Russia does not decide who guards Ukraine's peace."),
    ("support", "It would be a mistake not to send troops."),
    ("support", "Moscow's threats will not stop us from deploying."),
    ("support", "We won't be intimidated by the Kremlin. The brigade goes in March."),
    (
        "support",
        "No one is talking about fighting Russia. We are talking about securing a peace, "
        "and Sweden will contribute.",
    ),
    ("support", "The Kremlin does not decide whether our troops go to Ukraine."),
    ("support", "We should not be afraid to put soldiers on the ground."),
    ("support", "Staying at home is not an option for a country like ours."),
    ("support", "I have no doubt that we must send a contingent."),
    ("support", "We will not hesitate to deploy if a ceasefire is signed."),
    ("support", "Nothing will stop us from sending instructors to Lviv."),
    ("support", "There is no alternative to a European force on the ground."),
    ("support", "I am not afraid to say it: we need troops in Ukraine."),
    # refusals in plain words (3 of 20 missed): a plan shelved, 'count us out', too small to defend one's
    # own border, let alone another's
    ("oppose", "Our soldiers belong in Estonia, not in Donbas."),
    (
        "oppose",
        "I will not put a single Slovak soldier in harm's way for a war that is not ours.",
    ),
    ("oppose", "Sending troops would turn a proxy war into a direct war with a nuclear power."),
    ("oppose", "The answer is no, and it will stay no."),
    ("oppose", "Hungary will keep its soldiers at home."),
    ("oppose", "We have neither the troops nor the mandate for such an adventure."),
    (
        "oppose",
        "Foreign soldiers on Ukrainian soil would be legitimate targets for our armed forces.",
    ),
    ("oppose", "There will be no Croatian boots in Ukraine while I am prime minister."),
    ("oppose", "This is a red line for us: no foreign contingents on Ukrainian territory."),
    ("oppose", "The government has shelved the plan for a training mission."),
    ("oppose", "Parliament voted down the deployment by 120 votes to 80."),
    ("oppose", "Count us out."),
    ("oppose", "Our army is too small to defend our own border, let alone somebody else's."),
    (
        "oppose",
        "I have always said that Portugal would not send troops, and that has not changed.",
    ),
    ("oppose", "We are not going to be dragged into a war with Russia."),
    ("oppose", "The idea of European peacekeepers is dead on arrival."),
    ("oppose", "Any Western soldier in Ukraine would be treated as a combatant."),
    ("oppose", "Troops? Out of the question for Austria."),
    ("oppose", "We will help with money and weapons, but not with soldiers."),
    ("oppose", "Deploying troops now would be pouring petrol on the fire."),
    # an option kept open in plain words (3 of 20 missed): too early to say yes or no, a question for the
    # day after a ceasefire, a proposal listened to with interest
    ("open", "We are not closing any doors."),
    ("open", "If the Americans are in, we will look at it seriously."),
    ("open", "It is too early to say yes or no."),
    ("open", "That is a question for the day after a ceasefire, and we will answer it then."),
    ("open", "Our participation will depend on the mandate and on what our allies do."),
    ("open", "We have not said no."),
    (
        "open",
        "Nothing has been decided, but we are listening to the French proposal with interest.",
    ),
    ("open", "Should a peace agreement be signed, Belgium could consider contributing."),
    ("open", "I would not exclude a role for our engineers once the fighting stops."),
    ("open", "A mission is conceivable, under a clear mandate from the UN Security Council."),
    ("open", "We are keeping an open mind."),
    ("open", "Any deployment would need the approval of the Storting first."),
    ("open", "We'll cross that bridge when we come to it."),
    ("open", "The government is weighing whether to send a small team of trainers."),
    ("open", "Never say never."),
    (
        "open",
        "We would be prepared to discuss a contribution, but only with an American security guarantee.",
    ),
    ("open", "There might be a role for Dutch soldiers later, but not now."),
    ("open", "It is a possibility we are examining with our partners."),
    ("open", "If Ukraine asks us, we will consider it."),
    ("open", "We do not exclude anything at this stage."),
    # written after the fresh batch l (scored before any fix): wanting to go, welcoming every flag, every
    # instructor who comes, 'arithmetic, not escalation', consent withheld, intervention named, means
    # lacking, mission creep, 'let them enlist', bargains ('show me … and I will show you'), the
    # parliament to decide, doors not closed
    ("support", "If you ask me, yes, we should go, and we should go soon."),
    ("support", "Portugal has the people and the experience. It should be there."),
    ("support", "We would welcome any flag that wants to stand guard over this peace."),
    ("support", "Training soldiers in Lviv is logistics, not escalation."),
    ("support", "Every instructor who comes to Ukraine frees one of our officers for the front."),
    ("support", "When the call comes, nobody should have to ask us twice."),
    (
        "support",
        "If Denmark and Norway can send engineers to keep a ceasefire in Ukraine, so can we.",
    ),
    ("support", "I want this mission to happen, and I want our engineers in it."),
    ("support", "We will stay for as long as the peace needs us."),
    (
        "oppose",
        "The president has not given his consent to the deployment of any soldiers on Ukrainian soil.",
    ),
    ("oppose", "Any Western contingent would be a form of military intervention."),
    ("oppose", "Foreign officers in Ukraine are sabotaging the peace talks."),
    ("oppose", "Such steps do not help anyone who wants a settlement."),
    ("oppose", "Our soldiers belong at home and nowhere else."),
    ("oppose", "We have neither the troops nor the capacity, not the capacity and not the plan."),
    (
        "oppose",
        "An army that cannot even fill its own barracks should not promise brigades abroad.",
    ),
    ("oppose", "First trainers, then guards for the trainers: that is how it starts."),
    ("oppose", "If the commissioners want an army in Ukraine, let them enlist."),
    ("oppose", "We send medicine and generators, but our boys stay at home."),
    ("oppose", "They would be legitimate military objects for our forces."),
    (
        "oppose",
        "Foreign instructors will be treated no differently from any other enemy combatant.",
    ),
    ("open", "Show me the American commitment and I will show you ours."),
    ("open", "Give us a real ceasefire and a clear mandate, and we will send a company."),
    ("open", "Bring it to the House, show us the mandate, and then we talk."),
    ("open", "If my government sends me to Ukraine, I go."),
    (
        "open",
        "The government will bring a proposal to parliament when a ceasefire is in place.",
    ),
    (
        "open",
        "Our soldiers go abroad with the approval of this parliament, not on the word of a minister.",
    ),
    ("open", "I want every option on the president's desk."),
    ("open", "It is not a no. It is not yet."),
    ("open", "A responsible state does not close doors it may need to open tomorrow."),
    # a team that will arrive, instructors kept on their own territory
    (
        "support",
        "The first French training team will arrive in Ukraine in the spring, as planned.",
    ),
    ("oppose", "Our instructors will continue to work only on Polish territory."),
    # from a sixth fresh batch (scored before any fix): troops as the only guarantee, uniforms for troops,
    # deterrence ('will think twice'), ready when called, others' force welcomed, in place within weeks; a
    # place kept from is no refusal ('not stationed along the line of contact')
    ("support", "The only real guarantee is the presence of allied soldiers on Ukrainian soil."),
    ("support", "Paper does not stop tanks. The best guarantee wears a uniform."),
    ("support", "If we mean what we say about guarantees, they must wear uniforms."),
    ("support", "We would be glad to see Dutch uniforms in Ukraine once the war ends."),
    (
        "support",
        "A Russian commander will think twice before he shells a base with Belgians in it.",
    ),
    ("support", "The point of the force is to make any aggressor think twice."),
    ("support", "Ready when Ukraine calls."),
    ("support", "If the Europeans want to send a force, that's great, and we will help them."),
    ("support", "A first battalion could be in place within weeks of a ceasefire."),
    ("neutral", "Nobody is talking about French soldiers on the front line."),
    (
        "neutral",
        "The engineers will work in the west of the country and will not be stationed "
        "along the line of contact.",
    ),
    # refusals from the sixth batch said in other words (not one son or daughter, 'let them guard their
    # own', a reason to continue the war, no distinction between peacekeeper and combatant, salami
    # tactics); a vote against budgets and a share of the public are no positions
    (
        "oppose",
        "Not one son or daughter of Ohio is going to stand guard on another country's border.",
    ),
    ("oppose", "The Europeans are rich. Let them guard their own continent."),
    (
        "oppose",
        "Every foreign soldier you put in Ukraine is a reason for Moscow to continue the war.",
    ),
    ("oppose", "Our army does not distinguish between a mercenary and a peacekeeper."),
    ("oppose", "Today it is a hub, tomorrow a battalion. I have seen this salami before."),
    ("neutral", "With respect, she voted against the last two defence budgets."),
    ("neutral", "Around seventy per cent of voters oppose sending soldiers to Ukraine."),
    # from a seventh fresh batch (scored before any fix): participation not foreseen, soldiers for
    # defending one's own borders, a force as a hostage, a deployment that would break the army;
    # conditions put as 'if there is a proper mandate', 'if Europe asks', 'would have to come to a vote',
    # 'a decision for member states'
    (
        "oppose",
        "The cabinet does not foresee the participation of our armed forces in "
        "operations on Ukrainian territory.",
    ),
    ("oppose", "Good. Our soldiers are for defending our own borders, full stop."),
    ("oppose", "A force that is not allowed to fight is not a deterrent. It is a hostage."),
    ("oppose", "Sending soldiers to Ukraine on top of that would break the army."),
    (
        "open",
        "Our de-miners have worked in Bosnia. If there is a proper mandate, they could work in Ukraine too.",
    ),
    ("open", "If Europe asks, we have the experience to help."),
    ("open", "It would have to come to a vote, and it should."),
    ("open", "Whether we do it is a decision for member states."),
    # others told to go in person, said of any unit or errand
    ("oppose", "Perhaps the minister would like to lead the first convoy personally."),
    # a refusal said with its verb is lifted by a condition as a 'not' is; 'with or without' sets none
    (
        "open",
        "The party said it opposed any deployment of Finnish troops outside NATO "
        "territory without a UN mandate.",
    ),
    ("open", "We reject sending soldiers without a vote in parliament."),
    ("oppose", "We reject sending soldiers to Ukraine, with or without a mandate."),
    ("oppose", "The Greens are against any deployment, with or without a resolution."),
    # a refusal asked as a question; a vote that lets soldiers go
    ("oppose", "Why should our sons die for Donbas?"),
    ("oppose", "Why would Italian soldiers risk their lives for a border drawn in Moscow?"),
    (
        "support",
        "The Storting voted on Thursday to authorise the deployment of up to 200 soldiers.",
    ),
    ("support", "Parliament approved the dispatch of an engineer company to Ukraine."),
    # no condition either way; sarcastic and rhetorical refusals; other help beside a refused sending; a
    # place in the force
    (
        "oppose",
        "German soldiers have no business in Ukraine, not before a ceasefire and not after one.",
    ),
    ("oppose", "Ceasefire or no ceasefire, I do not like it."),
    (
        "oppose",
        "Those who are so eager to send soldiers to Ukraine are welcome to go there themselves.",
    ),
    (
        "oppose",
        "Italy will not send soldiers to Ukraine. We will do our part in the air, at sea "
        "and in training outside Ukraine.",
    ),
    ("oppose", "The army has its tasks here, in NATO, on the eastern flank."),
    (
        "oppose",
        "Swedish soldiers should not be placed in a war zone to make a minister look decisive.",
    ),
    ("oppose", "If there is a real peace, let the UN keep it."),
    ("oppose", "Train them in Poland. It works. Why move it somewhere our guys can get killed?"),
    (
        "support",
        "Ukraine needs Canadian soldiers standing with a European force, not just teaching in a classroom.",
    ),
    ("support", "If there is a force, Lithuanian soldiers will be in it."),
    ("neutral", "Estonia needs its soldiers at home, but that is a separate question."),
    # not deterred from sending; a force kept off the front line is no refusal; blaming those who rule it
    # out; ', no question' is emphasis; 'not a conversation we are having'; 'there will be no French
    # deployment'
    ("support", "We will not be deterred by words from sending this force."),
    (
        "neutral",
        "This force will be defensive. It will not go to the front line. Its role is to make peace last.",
    ),
    ("open", "Whoever rules it out today weakens Europe's hand at the negotiating table."),
    ("neutral", "Military de-miners would bring capacity, no question."),
    ("oppose", "Soldiers are a different conversation, and not one we are having right now."),
    ("oppose", "There will be no French deployment in Ukraine while the fighting continues."),
    ("oppose", "There is no question of Polish troops in Ukraine."),
    # troops as the guarantee, message or signal a sending would be; the wrong message
    (
        "support",
        "Canadian soldiers in Ukraine after a ceasefire would be the strongest possible "
        "guarantee that Russia will not try again.",
    ),
    ("support", "Irish blue helmets in Ukraine would be a powerful message."),
    ("support", "A European presence is such a guarantee."),
    ("support", "Every partner on the ground is a guarantee that the war will not come back."),
    ("oppose", "Sending troops would send the wrong message to Moscow."),
    ("oppose", "Troops in Ukraine would be a signal of weakness."),
    # someone has to be there; a yes hoped for
    ("support", "Someone has to stand between the two armies, and it should be us."),
    ("support", "Who really thinks a truce will hold if no one is there to guard it?"),
    ("support", "We trust the answer will be yes when parliament votes."),
    # soldiers not needed or wanted; a war talked into; the capacity questioned; a sending nobody voted
    # for
    ("oppose", "We do not need soldiers to guard our factories. We need long contracts."),
    ("oppose", "I am proud of him, but I do not want my son anywhere near Ukraine."),
    ("oppose", "They are talking the country into a war it does not want."),
    ("oppose", "Where exactly does the government think these soldiers are coming from?"),
    ("oppose", "Nobody in this country ever voted for Belgian soldiers on the Dnipro."),
    # a condition asked for first
    ("open", "Berlin says it needs an American security guarantee first."),
    ("open", "Rome wants a UN mandate for any mission."),
    # a refusal said by 'nobody' as subject; a charge of breaching neutrality denied; a yes that opens or
    # closes on a condition in others' hands (a request, a vote, Washington); how many depends on others
    # is no condition of whether; 'not without' the Americans; 'let them come' as a threat
    ("oppose", "No one in Madrid is preparing a deployment, whatever the papers say."),
    ("oppose", "Nobody in the cabinet is planning for a contribution to that force."),
    (
        "support",
        "Sending engineers to clear mines is not a violation of our neutrality. Ireland should be there.",
    ),
    ("support", "Training soldiers does not violate our neutrality, and we should be there too."),
    ("oppose", "Foreign soldiers on Ukrainian soil would be a breach of Austrian neutrality."),
    (
        "open",
        "If the Ukrainians ask us and the Storting approves it, I see no reason why "
        "Norway should not take part.",
    ),
    ("open", "If Washington agrees to provide air cover, we are ready to send a battalion."),
    ("open", "If parliament votes for it, our engineers will go."),
    ("support", "If you ask me, we should send troops tomorrow."),
    ("support", "If there is a ceasefire, we are ready to send a battalion."),
    ("support", "We will send a brigade. Its size will depend on what the other allies bring."),
    (
        "support",
        "Denmark is ready to contribute; how many soldiers depends on the mission's final shape.",
    ),
    ("open", "Whether we send anyone depends on the Americans."),
    ("open", "Lithuania would join the force, but not without American support at its back."),
    ("open", "Our troops could only go under a robust international mandate."),
    (
        "open",
        "I do not see a reason why Estonian sappers could not be there, if the "
        "government decides to ask parliament.",
    ),
    ("oppose", "Let them come. Our missiles do not ask what flag a soldier wears."),
    # a war that is somebody else's; those who want the sending told to explain it to the families;
    # 'treated as what they are'; the charge of readying a country for war; 'provided …' opening a
    # statement; 'will not be found wanting' (a readiness kept vague); 'X do not want it' as a short
    # answer
    ("oppose", "Our paratroopers exist to defend Estonia, not to referee somebody else's war."),
    (
        "oppose",
        "Whoever wants to send Czech soldiers to Ukraine should first go and explain that to their mothers.",
    ),
    (
        "oppose",
        "Anyone who dreams of a Spanish brigade in Kharkiv should go and tell the families in Zaragoza.",
    ),
    ("oppose", "Any foreign contingent that comes will be treated as what they are: occupiers."),
    (
        "oppose",
        "The government is preparing the public for war with its talk of a reassurance force.",
    ),
    (
        "oppose",
        "These are sleepwalkers dragging their countries into a war with a nuclear power.",
    ),
    ("oppose", "This coalition is preparing for war, not peace."),
    ("open", "Provided the Americans stay in the picture, Belgium could send a company."),
    ("open", "We will take part, provided the Bundestag gives its consent."),
    ("open", "When the moment comes, the Netherlands will not be found wanting."),
    ("oppose", "Slovaks do not want it."),
    ("neutral", "Russia is preparing for war on a scale not seen since 1945, the report says."),
    ("neutral", "The ministry provided the figures to parliament on Tuesday."),
    # a welcome with open arms (not weapons); troops asked for in person ('we need them here', 'people,
    # not only equipment'); 'will not wait for the others to go first'; the only guarantee respected is a
    # soldier; paper guarantees that failed
    ("support", "We would welcome them with open arms."),
    ("support", "Latvia would welcome British soldiers with open arms."),
    ("support", "We need them here, in Ukraine, not in press releases."),
    ("support", "They will pass through our ports, and we think it is right that they go."),
    ("support", "Estonia will not wait for the others to go first."),
    ("support", "If the mines are ever to be cleared, someone has to go and do it."),
    ("support", "What we need is soldiers on the ground, not only money and machines."),
    ("support", "Ukraine needs boots, not just words."),
    ("support", "We hope that more countries will send people, not only equipment."),
    ("support", "Paper guarantees did not protect us in 1994 and they will not protect us now."),
    ("support", "Deterrence that exists only on paper is not deterrence."),
    (
        "support",
        "The only guarantee Moscow has ever respected is a soldier standing next to ours.",
    ),
    ("neutral", "The arms shipments arrived in Rzesz\u00f3w on Monday."),
    # a refusal of a sending on terms not yet met ('into a vacuum', 'to a mission that has no …') is open;
    # other help beside 'our soldiers stay at home'; 'Not in our name'; derision of those 'so eager to
    # send'
    ("open", "We will not send Belgian soldiers into a vacuum."),
    (
        "open",
        "I am not going to commit troops to a mission that has no clear command structure.",
    ),
    (
        "open",
        "We are not going to put young men and women into a situation where nobody comes to help them.",
    ),
    ("open", "I will not send our sons and daughters on the strength of a communiqu\u00e9."),
    ("oppose", "We will not send soldiers into a war that is not ours."),
    ("oppose", "We will not send soldiers to Ukraine, full stop."),
    ("oppose", "We will send generators and humanitarian help, but our soldiers stay at home."),
    ("oppose", "The coalition wants to send Slovak soldiers to Ukraine. Not in our name."),
    ("oppose", "Those governments so eager to send troops should ask their own voters first."),
    # a war said not to be somebody else's is no refusal; a chamber's approval named by its possessive
    ("neutral", "Look at a map of Europe. This is not someone else's war, and it never was."),
    ("open", "Any deployment will need the Riksdag's approval, and I expect we will get it."),
    # a question said not to arise; troops as a sight not wanted
    (
        "oppose",
        "For the government, the question of sending soldiers does not arise at this stage.",
    ),
    ("oppose", "French paratroopers in Odesa: that is an image I do not want to see."),
    ("neutral", "I do not want to see another winter of blackouts in Kharkiv."),
    # going tied to the Americans going
    ("open", "We will go when the Americans go, and not one day earlier."),
    ("open", "Portugal would take part once Washington commits to a backstop."),
    # a refusal of a sending into danger is no condition; a combat role denied is no refusal
    (
        "oppose",
        "We should not send Danish soldiers into a situation where they can end up face "
        "to face with Russian forces.",
    ),
    (
        "open",
        "We are not going to send Italian troops to a mission that has no clear exit strategy.",
    ),
    ("neutral", "This is not about sending Swedish combat troops to fight Russia."),
    ("oppose", "We will not send troops to fight in Ukraine."),
    # readiness said as a short answer; a soldier weighed against words; risk as an argument for going
    ("support", "We are ready. We have been ready since the summer."),
    ("support", "One allied soldier in Kharkiv is worth more than a hundred communiqu\u00e9s."),
    (
        "support",
        "Risk is not an argument against going. It is an argument for going well prepared.",
    ),
    ("neutral", "We are ready to talk to anyone about the reconstruction of Kharkiv."),
    # not the one country left watching; a threat to whoever sends
    (
        "support",
        "Croatia cannot be the only country in the region that just watches from the sidelines.",
    ),
    ("support", "Austria must not be the weakest link when Europe guarantees a peace."),
    ("oppose", "Whoever sends Slovak soldiers to Ukraine will answer to the voters."),
    ("neutral", "Estonia cannot be the only country that pays for its own air defence."),
    # troops doubted to be wanted; a conversation promised when things change ('we'll have that
    # conversation')
    (
        "oppose",
        "I don't think New Zealanders would want to see our men and women in uniform in Ukraine.",
    ),
    (
        "open",
        "There is no mandate and no request yet. When that changes, we'll have that conversation.",
    ),
    ("support", "Canadian uniforms in Ukraine would tell Moscow that the peace has friends."),
    # resistance promised against a sending
    (
        "oppose",
        "If the cabinet tries to send Greek soldiers to Ukraine, we will take to the streets.",
    ),
    # a sending disowned as a role or answer; a countryman who will not die in Ukraine; a stranger not
    # wanted dying
    ("oppose", "Sending Finnish troops to Ukraine is not our job."),
    ("oppose", "Deploying soldiers over there would not be our business."),
    ("oppose", "Foreign troops in Ukraine are not the answer."),
    ("neutral", "Sending troops is not the only answer."),
    ("oppose", "Only our party guarantees that no Slovak will die in Ukraine."),
    ("oppose", "I do not want some kid from Lisbon dying for a line on a map."),
    # troops treated as a hostile presence or an occupation force: a threat
    ("oppose", "Any Western soldiers in Ukraine would be treated as a hostile presence."),
    ("oppose", "Foreign units on Ukrainian soil will be regarded as an occupation force."),
    # units provided, counted or sized, are a sending; training provided is not
    (
        "support",
        "Their countries would each provide a battalion-sized unit once a ceasefire takes hold.",
    ),
    ("support", "Germany will provide 500 soldiers for the mission."),
    ("neutral", "Italy would provide training for Ukrainian soldiers in Italy."),
    ("oppose", "Spain will not provide any troops."),
    # hyphenated units kept out; a decision not yet due
    (
        "oppose",
        "The constitution would keep Self-Defense Forces personnel out of any such mission.",
    ),
    (
        "open",
        "We are discussing with allies how a mission could look, but decisions will not be made this week.",
    ),
    # a rebuttal rejects a comparison or a reading, not the sending; a refusal refused is support
    ("neutral", "The foreign minister rejected the comparison."),
    ("neutral", "He dismissed that reading of the treaty."),
    ("oppose", "Italy rejected the plan to send troops."),
    ("support", "Refusing to go at all is not learning that lesson."),
    ("support", "Declining to send anyone would be a mistake."),
    # Twelfth session: people sent, units that go, readiness argued through its opposite ('if we are not
    # willing to …'), the ceasefire as the setting of a condition, support bound to terms ('I'll back
    # it'), the chamber's final say, an accusation of a plan to send.
    ("support", "Once a truce holds, Denmark should send people: medics, sappers, signallers."),
    ("oppose", "Nobody here will send people to die in someone else's war."),
    ("support", "I would be glad to see Estonian sappers working there."),
    ("support", "Our trainers and medics will go as soon as the fighting stops."),
    ("support", "If Europe puts together a mission to watch the line, Norway should be in it."),
    ("support", "Enough talk. Those who are willing should go."),
    ("support", "Station the engineers near Odesa and the ports will open in weeks."),
    ("support", "Ukraine needs your instructors here, not more conferences."),
    (
        "support",
        "The presence of allied troops on Ukrainian soil would be decisive for any guarantee.",
    ),
    ("support", "The sooner European soldiers arrive, the sooner the guns stay silent."),
    ("support", "If Europeans are not ready to guarantee this peace, who will?"),
    ("oppose", "If we are not ready to send troops, we should say so honestly."),
    ("support", "Our soldiers trained them in Poland; now we can train them at home, in Ukraine."),
    ("support", "Belgium must be at the table and on the ground."),
    ("oppose", "Send rifles, send shells, send cash. Don't send our lads."),
    ("open", "If the rules of engagement are clear, we'll back it."),
    ("open", "We will support this once Washington signs a guarantee."),
    ("open", "If the ceasefire holds, I am open to having that discussion."),
    ("open", "The Folketing will have the final say on any deployment."),
    ("open", "Slamming the door now would be a mistake."),
    # Elsewhere, not in Ukraine, is a refusal; a chamber that decides or has its say sets a condition.
    ("oppose", "We will train their soldiers, but at our bases in Germany, not in Ukraine."),
    (
        "open",
        "Should the question ever come up, it would be decided by the Estonian Riigikogu.",
    ),
    ("open", "Once there is a truce, this House will have its say."),
    # A refusal of weapons alone says nothing about troops.
    ("neutral", "Slovakia has refused to send weapons to Ukraine."),
    ("oppose", "Slovakia has refused to send troops or weapons to Ukraine."),
    # Others may send theirs: a refusal of one's own.
    ("oppose", "Let Berlin and Rome send their troops; we will run the trains to the border."),
    # Training moved into Ukraine after a short place phrase.
    ("support", "We could train them there, in Lviv, from next spring."),
    # Thirteenth session: a condition on sending is open unless the refusal is firm or the thing said not
    # to exist; help in place of people; a line not to cross; a sending one cannot picture; security in
    # other ways; 'never' called a mistake; no proposal made; soldiers who can be in Ukraine; the sideline
    # refused.
    (
        "open",
        "We cannot send Dutch soldiers without a clear mandate and without the guarantee "
        "that the Americans are behind it.",
    ),
    (
        "oppose",
        "Our party would never support sending Irish troops into a war zone without a UN mandate.",
    ),
    ("neutral", "There is no European force without the Americans behind it."),
    ("oppose", "Our share should be money and field hospitals, not people on the ground."),
    (
        "oppose",
        "Sending Austrians into a war zone, in uniform or not, is a line we should not cross.",
    ),
    ("oppose", "A soldier of ours in Ukraine, I do not see it, not in this phase."),
    ("oppose", "We stand with Kyiv, and we will guarantee its security in other ways."),
    (
        "open",
        'To say "never" today would be a mistake, because nobody knows how this war will end.',
    ),
    ("oppose", "No such proposal has been put to the cabinet, and none is being prepared."),
    (
        "support",
        "Norway is ready. Once the guns fall silent, Norwegian soldiers can be in Ukraine within days.",
    ),
    ("support", "We are not going to sit on the sidelines and let others do the work."),
    ("oppose", "Let others do the work; we have done enough."),
    # Russia's say denied over where soldiers go.
    ("support", "Moscow does not decide where Norwegian soldiers can be. Norway decides that."),
    (
        "support",
        "The aggressor has no right to decide which partners may be present on Ukrainian soil.",
    ),
    # A vote refused, a war not voted for, no decision to come, no proposal on the table.
    ("oppose", "The government is preparing the Dutch for a war they never voted for."),
    (
        "oppose",
        "Our party will never vote for a mandate that makes Austria a party to this conflict.",
    ),
    ("oppose", "There is no decision, and there will be no decision about sending Czech troops."),
    ("oppose", "There is no proposal on the table and therefore nothing to decide."),
    ("neutral", "There is no decision yet on the mission."),
    # Foreign troops asked for, and a unit held ready, in the writer's words.
    ("support", "Kyiv wants at least 25,000 foreign troops on the ground from day one."),
    ("support", "Ukraine has asked for European peacekeepers."),
    ("oppose", "Kyiv does not want foreign troops."),
    ("neutral", "The army wants more soldiers."),
    ("neutral", "Ukraine wants Russian troops out."),
    ("support", "Lithuania has a company ready to go within weeks of a ceasefire."),
    ("neutral", "The firm has a new factory ready for production."),
    # A deployment refused only without the Council's authority: the condition is the position.
    ("open", "Algeria cautioned against any deployment that was not authorized by the Council."),
    ("neutral", "The mission, which was not authorized by anyone, ended in 2014."),
    # Every flag and every time refused: no condition left to meet.
    ("oppose", "Not a single Austrian soldier belongs in Ukraine – not under a UN flag, not under any flag."),
    ("open", "We would only send troops under a UN flag."),
    (
        "oppose",
        "The government will not take part in any mission in Ukraine, whether before or after a ceasefire.",
    ),
    ("open", "We will not send troops before a ceasefire."),
    ("open", "I wouldn't take anything off the table."),
    ("oppose", "Satellites, yes. Tankers, yes. Boots, no."),
    ("neutral", "Troops, no doubt, will be needed."),
    # a refusal that would come too soon keeps the option
    ("open", "It is too early to exclude anything."),
    ("open", "The minister said it was far too soon to rule out a Luxembourg contribution."),
    ("oppose", "It is not too early to rule out sending troops."),
    ("neutral", "He said industry should keep out of the question altogether."),
    ("oppose", "There are no decisions and no plans to send troops."),
    ("neutral", "There is no decision yet on troops."),
    ("oppose", "Sending soldiers is the fastest way to turn Denmark into a target."),
    ("oppose", "Sending German soldiers would make Germany a party to this war, whatever name you give it."),
    # a threat to a soldier there outweighs the others' wish it mocks; a target of drones is no threat
    (
        "oppose",
        "The French want to send “instructors” to Odesa. Fine. We know the coordinates of every hotel "
        "in Odesa. An instructor in uniform on Ukrainian soil is a target, full stop.",
    ),
    ("oppose", "Every foreign soldier in Ukraine is a legitimate target."),
    ("neutral", "The port city of Odesa is a target of daily drone attacks."),
    # not a spectator, and then ready to send: the readiness is the position (the ceasefire its setting)
    (
        "support",
        "Portugal will not be a spectator. When there is a ceasefire, we are ready to send a company of "
        "paratroopers, as we have done in Kosovo and in Lithuania.",
    ),
    ("open", "Türkiye is a guarantor of stability, not a spectator."),
    # "for as long as it is needed" is how long, not on what condition
    (
        "support",
        "Norway is ready to take part. We are talking about a contribution of specialised units, including "
        "engineers and medical personnel, for as long as it is needed.",
    ),
    ("open", "We are ready to send troops as long as there is an American backstop."),
    # a question's refusal words are not the answer's; a request that would be reviewed keeps the option
    (
        "open",
        "Pressed on whether that also ruled out non-combat units, Koo said the government would review "
        "the matter comprehensively if a formal request is made.",
    ),
    # troops asked for as a contingent, or needed
    ("support", "Ukraine wanted a contingent that is able to respond, not only to monitor."),
    ("support", "Kyiv asked for a contingent of foreign troops."),
    ("support", "We need European soldiers here."),
    ("oppose", "We do not need foreign soldiers."),
    (
        "oppose",
        "The United States would not put American boots on the ground in Ukraine under any of the "
        "scenarios being discussed.",
    ),
    # a request not received is a fact; a refusal beside it still refuses
    (
        "neutral",
        "The Government has not received a formal request to contribute ADF personnel to a force deployed "
        "in Ukraine.",
    ),
    ("neutral", "No formal request has been made by Kyiv for soldiers."),
    ("oppose", "No formal request has been made, and we will not send troops."),
    # partners wanted there, not to hear a message
    ("neutral", "The government wants partners in Europe to know Australia is still at the table."),
    ("support", "We need allies on the ground in Ukraine."),
    ("support", "Kyiv wants partners to send soldiers as soon as the guns fall silent."),
    # a part in the force that can be taken, or cannot
    ("support", "If there is peace, and the mission is to keep it, Maltese soldiers can be part of it."),
    ("oppose", "Our soldiers cannot be part of it."),
    # units not named yet are not units refused
    ("neutral", "I'm not going to announce units at a lunch."),
    ("oppose", "We are not going to send combat units."),
    # a vote refused to a sending (not "to send them a bill")
    (
        "oppose",
        "Our soldiers are needed in the north. I will not vote to send them to Ukraine, and the minister "
        "knows it.",
    ),
    ("oppose", "I shall never vote to deploy our forces on the Dnieper."),
    ("neutral", "I will not vote to send them a bill for the damage."),
    # others left free to go, the speaker's own nation staying ("if they want" is theirs, not a condition)
    (
        "oppose",
        "Slovakia will not send a single soldier. If they want a mission, they can organise it themselves.",
    ),
    ("oppose", "Let the British go if they want. Slovak boys stay home."),
    # a vote refused to a single soldier, and the proposer sent first (not a backer who leads the way)
    ("oppose", "Our group will never vote to send a single Slovak soldier to that war."),
    ("oppose", "A brigade on the Dnieper? Whoever wants it should go first."),
    ("support", "Anyone who backs the mission should go first, and we will follow."),
    # the first to agree, once a condition in others' hands holds; another case named as another question
    ("open", "If Washington gives air cover, I will be the first to say yes."),
    ("support", "We would be the first to volunteer."),
    ("open", "After a peace deal, that would be a different conversation."),
    # a refusal until a vote still to come (not one until the war is over); a wish to see one's own in Ukraine
    ("open", "Latvia has never said no. But we will not send a single soldier before the Saeima has voted."),
    ("oppose", "We will not send a single soldier before the war has ended."),
    (
        "support",
        "We have no soldiers to send, and we will not pretend otherwise. But we have fine bomb disposal "
        "experts, and if there is a ceasefire, I want them in Ukraine clearing fields.",
    ),
    # a family's pride in one who goes, others' soldiers welcomed, a peace to keep, going with the partners
    ("support", "My daughter's a sapper. If she goes, she goes, and I'll be proud."),
    ("neutral", "I would not be proud if they went."),
    ("support", "I'd be glad to see the Dutch and the Danish go. They know the region."),
    ("neutral", "I'd be glad to see the British go home from their bases in Cyprus."),
    ("support", "If there is a peace to keep, Norwegians should be there keeping it."),
    ("support", "Malta will not be a spectator. When our partners deploy, we will be there with them."),
    ("support", "Cyprus will not be a spectator. We will be there when the force is formed."),
    # the sending called a death; a fight another state's, not ours (not one shared)
    ("oppose", "It would be a suicide mission for Belgian boys."),
    ("oppose", "This is not Norway's fight on the ground."),
    ("neutral", "This is not Ukraine's fight alone."),
    # others' troops wanted on the ground, not one's own kept off it
    ("support", "The Europeans should lead on the ground, and they should have said so long ago."),
    ("support", "Our allies must be on the ground the day the guns fall silent."),
    ("oppose", "We will not be on the ground in Ukraine."),
    # vox-pop answers, terse and in kind
    ("oppose", "I served in the nineties. But our boys to Ukraine? No. Let the French do it."),
    ("support", "If the guns go quiet, Slovak soldiers should help keep the peace."),
    ("oppose", "Who would insure our shop then? Let them send weapons, not people."),
    ("support", "Sappers, yes, tomorrow. Nobody clears a field like our veterans."),
    ("neutral", "Bratislava's offer is what it was in 2022: money and equipment, not people."),
    # the sending said for what it is, after what it is not; a refusal refused; a part in the force
    ("support", "We will not send anyone into battle. We will send engineers who rebuild bridges."),
    ("support", "We do not send soldiers to war. We send them to keep a peace."),
    ("oppose", "We will not send soldiers into combat. We will send money."),
    ("support", "Estonia cannot refuse to help secure a ceasefire in Ukraine."),
    (
        "support",
        "Chile will not be a spectator. Once there is a truce, our troops will be part of the mission.",
    ),
    # a decision none is preparing; a role made unthinkable; a welcome for others' sappers; going set for
    # the peace (Icelandic, Mongolian, Ukrainian, Albanian sentences)
    ("oppose", "No decision on Icelandic personnel in Ukraine has been taken, and none is being prepared."),
    ("neutral", "No decision has been taken yet on sending Icelandic personnel to Ukraine."),
    ("oppose", "Our treaty with Moscow makes any Mongolian role in a force in Ukraine unthinkable."),
    ("open", "A role for Mongolian deminers in Ukraine is not unthinkable, if the UN asks."),
    ("support", "Kyiv would be grateful for Mongolian deminers in any format."),
    ("support", "Albanian engineers rebuilt bridges in Bosnia. Ukraine would be honoured to welcome them."),
    ("support", "Our sappers are trained. They will go to Ukraine once the ceasefire holds."),
    # soldiers who will not cross into the country at war (a Romanian sentence)
    (
        "oppose",
        "On troops, our answer is simple: we will defend our own border and will not cross into Ukraine.",
    ),
    # units ready, a mainstay, a place in the force, a host's consent (sentences written for the 33rd batch)
    ("support", "The ministry said its medical company was ready for deployment from March."),
    ("neutral", "The ministry said its medical company was not ready for deployment."),
    ("support", "Spain's engineers would be the backbone of the force, the minister said."),
    ("neutral", "Portugal offered Lisbon airport as the logistical backbone of any mission."),
    ("support", "If there is a truce, Croatian deminers belong in that force."),
    ("support", "So yes, I think Europe should go."),
    ("support", "Two battalions are on notice to move."),
    ("support", "The government invites and consents to the deployment of the coalition's units."),
    ("support", "We will back Irish personnel in any reassurance force."),
    ("support", "A peace nobody guards will not last, and our soldiers know it."),
    ("support", "If Belgians come to help guard the ceasefire, they will be among friends."),
    ("support", "We want to thank the foreign soldiers who will stand with us."),
    ("support", "Our troops would not be fighting a war. They would be guarding a peace."),
    ("support", "The council welcomes the readiness of the Government to send engineers to Ukraine."),
    ("support", "She praised the willingness of Danish ministers to deploy a company."),
    ("support", "We are not sending troops to fight. We are sending them to guard the peace in Ukraine."),
    ("support", "If Finnish engineers come to Ukraine, they will be welcome in our village."),
    ("neutral", "We are not sending them to keep a ceasefire in Ukraine."),
    ("neutral", "Only volunteers will go to Ukraine, and nobody will be sent against their will."),
    # a vote for the deployment, and a vote bound to terms set by others
    ("support", "The Social Liberals say they will vote for the deployment without delay."),
    ("open", "The Centre Party would vote for the deployment if the Americans guarantee air cover."),
    ("open", "We would support a mission provided the Security Council gives it a mandate."),
    ("support", "Our group will back the mission if necessary, whatever the polls say."),
    ("oppose", "We will not vote for the deployment, now or later."),
    # only volunteers sent: no refusal
    ("neutral", "We will not send anyone who has not volunteered."),
    ("oppose", "We will not send anyone, volunteers or not."),
    # a vote cast, a share claimed, and what soldiers bring home that is not them
    ("support", "We voted yes because Kyiv asked for it, and we would do it again."),
    ("support", "Someone has to guard the power plants, and it should be us."),
    ("oppose", "Bring our boys home and keep them out of Ukraine."),
    ("neutral", "The deminers will bring our farmers home to their fields, the mayor hopes."),
    ("support", "Washington would back the European force with satellite intelligence and air cover."),
    ("neutral", "Washington would back Kyiv with satellite intelligence and more money."),
    ("open", "Austria and Ireland say they will decide after the summer on the Ukraine force."),
    ("open", "We will go when we know who commands the force and who pays for it."),
    ("neutral", "We will go to Brussels when we know the agenda of the summit."),
    ("support", "Spain will provide the force's medical wing and a battalion of engineers."),
    ("neutral", "Spain will provide the force's fuel and some of its food."),
    ("oppose", "Slovakia will be the corridor, not the garrison, for the Ukraine force."),
    ("oppose", "This time our soldiers are needed on our own side of the border."),
    ("neutral", "Our soldiers are needed on the other side of the border."),
    ("support", "A Danish battalion could deploy within days of a ceasefire being agreed, the general said."),
    ("support", "I reckon we'll go to Ukraine, and we should, the corporal said."),
    ("neutral", "The ferry could deploy within weeks of the harbour reopening."),
    (
        "oppose",
        "Chega will not allow one Portuguese soldier to go to Ukraine. Not in summer and not in winter.",
    ),
    ("oppose", "We will never let a single Dutch soldier go there."),
    (
        "support",
        "The Socialist Party has always been available to support a Portuguese contribution to a peace "
        "mission.",
    ),
    ("neutral", "He was asked to support a Portuguese contribution to a peace mission."),
    ("support", "We support a Spanish contribution, and we have said so."),
    ("neutral", "We support a financial contribution to the fund."),
    (
        "support",
        "We support a Spanish contribution. But the Government cannot tell the public that nothing has been "
        "decided.",
    ),
    ("neutral", "Nothing has been decided."),
    ("oppose", "Spanish soldiers in Ukraine, whatever the slide calls them, will be foreign combatants."),
    ("oppose", "Send them money, send them equipment, don't send my nephew-in-law."),
    ("support", "If Canada sends engineers to clear mines in Ukraine, I want to be one of them."),
    ("support", "Belgium will not be a spectator. Our engineers will be there when the guns fall silent."),
    ("support", "I want Australians there when the guns stop, and I would like my MP to say so."),
    ("neutral", "We asked a yes-or-no question and got a press release."),
    ("oppose", "There is no question of sending troops."),
    ("neutral", "I'm not making an argument for or against sending them."),
    ("oppose", "Sweden should build peace with diplomacy, not with another deployment."),
    ("support", "He goes, we wait. I think Denmark is right to send them."),
    ("support", "It was the right decision to send troops."),
    ("oppose", "My son is nineteen. I don't want him there, and I don't want anyone's son there."),
    ("oppose", "We disagree with sending troops to Ukraine."),
    ("support", "A Czech engineer company should be on its way the day the ceasefire is signed."),
    ("neutral", "Our soldiers should be on their way home by Christmas."),
    (
        "support",
        "We are still there, with a different regiment now, and we should stay until every field is safe.",
    ),
    ("support", "Every field they cleared will feed people again. We want them to stay."),
    ("oppose", "We want them to stay at home."),
    ("support", "Britain will keep its commitment to the force for as long as it is needed."),
    ("oppose", "Medals are no substitute for an exit date."),
    ("support", "He called the contribution of soldiers to the force 'the least we can do'."),
    ("support", "Now they will come to Ukraine itself, and we will welcome them like family."),
    ("support", "The party said it backed 'trainers and medics, not combat troops'."),
    ("support", "We will send trainers and engineers, not combat troops."),
    ("support", "It is the right decision to send soldiers. It should have been taken a year ago."),
    ("oppose", "It is the right decision to stay out of Ukraine."),
    ("neutral", "I don't want him to go far away but I also want to help the kids in Ukraine."),
    ("oppose", "I would never vote to send Montana kids to Ukraine."),
    ("support", "The soldiers should have been sent months ago."),
    ("support", "Denmark was the first to send F-16s. Now it promises to send soldiers to guard the peace."),
    ("oppose", "Our soldiers belong on our own border, which is long enough."),
    ("oppose", "Good. Polish soldiers on Polish soil. Now stop promising Kyiv our airports."),
    ("neutral", "Canada trained Ukrainian soldiers on Ukrainian soil for eight years."),
    (
        "support",
        "Finnish engineers in our fields, and Polish roads to bring them there: that is what we asked for.",
    ),
    ("support", "He said planning for a Finnish contribution of an engineer battalion was well under way."),
    ("support", "When your soldiers come, my family will cook for them."),
    ("support", "I will give them the best tea on the train. Let them come soon,"),
    ("oppose", "Let them come, and they will see what happens."),
    ("support", "Somebody has to go and keep the peace, and I'd rather it was us than nobody."),
    ("oppose", "Italy should send doctors, generators and money. Never soldiers."),
    ("oppose", "zero Italian soldiers in Ukraine means zero, today and tomorrow"),
    ("oppose", "I have seen too many young Canadians come home from other people's wars."),
    ("neutral", "Singapore does not take sides in other people's wars."),
    ("support", "We are proud of every member who is deploying to help keep the peace in Ukraine."),
    ("support", "That is exactly why the force must be strong enough to be taken seriously."),
    ("support", "It is a sign that Europe is serious about guaranteeing the peace."),
    ("neutral", "We assess that Russia will test the force early, in ways it can deny."),
    ("neutral", "Members can apply for help with reasonable, unavoidable costs through their unit."),
    (
        "support",
        "I cleared mines there. Our engineers are some of the best in the world at it. "
        "Send them, and send them soon.",
    ),
    ("neutral", "Our soldiers are tired after the exercise. Send them home."),
    ("support", "If Irish soldiers come to clear them, my father will plough again. That is all he wants."),
    ("oppose", "If foreign soldiers come to Ukraine, they will be targets."),
    ("oppose", "send engineers' tools, not engineers"),
    ("support", "Lithuania will not be the last to arrive and will not be the first to leave."),
    ("support", "Half of this team leaves for Ukraine in March. We wanted to play once more before we go."),
    ("support", "Our engineers leave for Ukraine in January."),
    ("support", "We leave for Ukraine in October, all of us together."),
    ("neutral", "We go to Ukraine next week for a football match."),
    ("oppose", "We will never go to Ukraine."),
    (
        "support",
        "My first wish as a Canadian is that our soldiers help guard the ceasefire in my old country. "
        "Canadian engineers built half the bridges I studied at university. "
        "Let them come and see the ones that were blown up.",
    ),
    ("oppose", "Let them come and see what happens to them."),
    ("oppose", "We should help Ukraine with weapons and money, not with Swedish lives."),
    ("support", "Norway will be in Ukraine with soldiers when the ceasefire is signed."),
    ("support", "Soon Norwegian soldiers will stand beside ours to guard the peace."),
    ("support", "When the real engineers come from Europe, they will find it easier."),
    ("support", "When European soldiers are on the line, I will fish in the Danube again."),
    ("support", "My wife would kill me first, but I would go."),
    ("neutral", "I would go further than the minister."),
    ("oppose", "We are happy to welcome an embassy and unhappy to send a battalion."),
    ("oppose", "When western troops arrive, Russia will treat them as legitimate targets."),
    ("support", "Germany would carry its full share of the force, from the first rotation."),
    ("oppose", "The Russian embassy called the series propaganda for an intervention."),
    ("oppose", "The embassy described the play as a rehearsal for intervention."),
    ("open", "The party has said it would back a Czech contribution if the Chamber of Deputies gets a vote."),
    ("support", "After three weeks with them, I understand why they want to go. And I think they should."),
]

# Known limits, kept visible: each needs knowledge the rules do not have (who is speaking, an idiom).
KNOWN_MISSES = [
    ("support", "Lithuanian instructors are already in western Ukraine training sappers."),
    ("oppose", "Our priority is defending our own territory, not adventures abroad."),
    ("support", "Training on Ukrainian soil would save precious time."),
    ("support", "It makes no sense to train Ukrainian soldiers thousands of kilometres away from the front."),
    ("neutral", "The war in Ukraine is a tragedy and it is dangerous for all of Europe."),
    ("neutral", "Russia has escalated its attacks on civilians, and that is unacceptable."),
    (
        "neutral",
        "The Kremlin has repeatedly warned that any deployment would cross a red line, which is why "
        "capitals are cautious.",
    ),
    ("support", "Canadian soldiers have trained Ukrainians for a decade, and they can do it in Ukraine too."),
]


@pytest.mark.parametrize("want,text", PROBES)
def test_stance_of_written_sentence(want: str, text: str) -> None:
    assert classify(text, text + CONTEXT)[0] == want


@pytest.mark.parametrize("want,text", KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known limit of the rules")
def test_known_misses_stay_visible(want: str, text: str) -> None:
    assert classify(text, text + CONTEXT)[0] == want


def test_every_cue_is_shown_as_the_reason() -> None:
    for _want, text in PROBES:
        stance, reason = classify(text, text + CONTEXT)
        if stance != "neutral":
            # shown as written, or with its contractions spelt out ("wouldn't" -> "would not")
            assert reason and reason.lower() in _normalize(text + CONTEXT).lower()
