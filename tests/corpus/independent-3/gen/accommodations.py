import json
V, C = True, False
VS, CS = "001 L3816-3819", "001 L3810-3814"
A = [
("Løft på højst 10 kg og kun fra hoftehøjde; ingen løft fra gulv. Arbejdsstillingen skal kunne skiftes mellem siddende og stående mindst hver 30. minut.", C),
("Borger skal skånes for tunge løft og akavede arbejdsstillinger.", V),
("Ingen arbejde med kemikalier eller parfumerede rengøringsmidler pga. astma. Ikke udendørs arbejde ved frost.", C),
("Der skal tages hensyn til borgers psykiske sårbarhed.", V),
("Højst 15 timer om ugen fordelt på 5 dage med max 3 timer pr. dag. Ingen arbejde før kl. 9 pga. morgenstivhed.", C),
("Max 5 kg løft, ingen arbejde på knæ, og hun skal kunne trække sig, når det bliver for meget.", V),
("Arbejdet skal foregå i et roligt miljø med få mennesker og forudsigelige opgaver.", V),
("Ikke kundevendt telefonarbejde. Ikke alene i butikken. En fast kontaktperson på hver vagt gennemgår dagens opgaver ved mødetid.", C),
("Pga. tinnitus: ikke arbejde i lokaler med maskinstøj over 70 dB; høreværn ved kortvarigt ophold i produktionshallen.", C),
("Skal ikke sidde eller stå i længere tid ad gangen.", V),
("Ingen gentagne løft over skulderhøjde, højst 2 timers skærmarbejde i træk og så vidt muligt varierede opgaver.", V),
("Lettere fysisk arbejde.", V),
("Må ikke køre bil i arbejdstiden pga. epilepsi. Ingen arbejde i højden eller ved åbne maskiner som rundsav og båndsav.", C),
("Rehabiliteringsteamet anbefaler, at der tages de nødvendige hensyn til borgers smerteproblematik i tilrettelæggelsen af arbejdet, herunder i forhold til arbejdsstillinger, tempo og pauser.", V),
("Temperaturen i arbejdslokalet skal ligge mellem 18 og 22 grader; ikke arbejde i kølerum eller ved ovnene i bageriet.", C),
("Borger har brug for et godt indeklima og frisk luft.", V),
("2 pauser á 10 min i en vagt på 4 timer samt mulighed for at ligge ned i 15 min i hvilerummet efter frokost.", C),
("Nedsat tempo og ikke for mange opgaver på én gang.", V),
("Ingen skiftende arbejdstider; fast dagvagt kl. 8-12 mandag til torsdag.", C),
("Ingen løft over 8 kg, ingen cykling i arbejdstiden, og arbejdet må ikke være for stressende.", V),
("Ikke natarbejde og ikke weekendarbejde, da en fast døgnrytme er afgørende for at holde den bipolare lidelse stabil.", C),
("Skånes for støj, stress og konflikter.", V),
("Borger kan gå højst 500 m ad gangen og skal have en stol ved arbejdsstationen. Ingen trapper.", C),
("Forstående ledelse og mulighed for fleksibel mødetid.", V),
("Maks. 4 timers arbejde pr. dag og højst 3 arbejdsdage i træk; ingen vagter, der slutter efter kl. 18.", C),
]
B = [
("Du arbejder ikke i frostlageret og løfter ikke kasser over 12 kg fra pallen.", C, "minplan"),
("Du skal have hensyn på de dårlige dage.", V, "minplan"),
("Efter aftale med værkfører Kim Lassen kører Ali ikke gaffeltruck, men bruger el-palleløfter. Han holder 10 min. pause hver anden time.", C, None),
("Hun må kun lave lettere opgaver i køkkenet.", V, None),
("Arbejdsgiver har lovet at tage hensyn til hans ryg.", V, None),
("Ingen opvask i hånden; hun bruger opvaskemaskinen og handsker. Højst 2 timer ad gangen ved anretningsbordet, derefter skift til kassen.", C, None),
("Pauser efter behov og mulighed for at gå tidligere hjem.", V, "minplan"),
("Du sidder ved skranken på en hæve-sænkestol og skifter til stående hver halve time. Du bringer ikke pakker ud til kunderne.", C, "minplan"),
("Der er aftalt en skærmet arbejdsplads i baglokalet og ingen kundekontakt.", C, None),
("Mads skal ikke have for meget ansvar.", V, None),
("Max 10 kg løft. Ikke på lift eller stige. Må gerne gå lidt rundt en gang imellem.", V, None),
("Ingen arbejde i vaskehallen pga. fugt og kulde; han klargør kun bilerne indvendigt.", C, None),
("Kollegerne er informeret og viser forståelse.", V, None),
("Du arbejder tirsdag, onsdag og fredag kl. 9-13 og har fri mandag og torsdag for at restituere.", C, "minplan"),
("Arbejdet tilrettelægges, så hun ikke bliver overbelastet.", V, None),
("Ikke arbejde i lagerhal 3, hvor der er under 10 grader. Højst 30 min. på knæ ved opfyldning af nederste hylder, og hun bruger knæpude.", C, None),
("Han skal undgå for meget gang på det hårde betongulv.", V, None),
("ikke nattevagter, ikke alene med beboerne, max 6 t pr vagt", C, None),
("Der tages hensyn til varmen om sommeren.", V, "minplan"),
("Blæser ved arbejdspladsen, og hun arbejder ikke i drivhuset, når temperaturen er over 26 grader.", C, None),
("Du løfter højst 5 kg og holder pause, når du har brug for det.", V, "minplan"),
("Hun bruger høreværn i produktionen og sidder ikke ved pakkemaskine 4, som larmer mest. Intet akkordarbejde.", C, None),
("Tempoet skal passe til ham.", V, None),
("Ingen telefonvagt i spidstimerne kl. 8-10, ellers normale opgaver.", C, "minplan"),
("Arbejdsopgaverne varieres, og der må ikke være for mange afbrydelser; arbejdsgiver har sørget for en fast plads ved vinduet.", V, None),
]
out = []
def add(sett, i, text, vague, form):
    out.append({"id": f"acc3-{sett}-{i:03d}", "set": sett, "text": text, "form": form, "field": "accommodations",
                "source": VS if vague else CS,
                "present": ["vague-accommodation"] if vague else [],
                "absent": ["personal-data"] if vague else ["vague-accommodation", "personal-data"]})
for i, (t, v) in enumerate(A, 1): add("A", i, t, v, "rehab")
for i, (t, v, f) in enumerate(B, 1): add("B", i, t, v, f)
assert len({o["text"] for o in out}) == len(out) == 50
json.dump(out, open("/work/corpus-writer3/out/accommodations.json", "w"), ensure_ascii=False, indent=1)
print(sum(o["present"] != [] for o in out if o["set"]=="A"), sum(o["present"] != [] for o in out if o["set"]=="B"))
