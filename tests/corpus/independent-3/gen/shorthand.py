import json
T, F, N = True, False, None
# (text, form, field, present, absent, source, smart)
R = [
("jobmål: lagerarb. / pakkeri hos fx Arla i Holstebro, evt truck igen hvis skulderen tillader det. bgr har 8 aar som lagerarb. og gyldigt truckcert.", "rehab", "job-goal", [], ["job-focus","personal-data"], "001 L3784-3800", None),
("bgr ønsker noget praktisk, gerne udendørs. ikke kontor", None, "job-goal", ["job-focus"], ["personal-data"], "001 L3784-3800", None),
("jobmål ikke afklaret endnu - bgr vil gerne have et fleksjob ca 10 t/uge, ved ikke med hvad", None, "job-goal", ["job-focus"], ["personal-data"], "001 L3784-3800", None),
("Jobmål: 1) pædagogmedhj. i SFO (lektiecafé, udeaktiviteter, hjælp ved frokost) 2) kantinemedhj. paa skole. bgr har 2 aars erfaring fra Hylkedal SFO og har selv kontaktet SFO'en paa Ellebækskolen", "rehab", "job-goal", [], ["job-focus","personal-data"], "000 L131-132", None),
("mål: komme igang med noget igen, evt kontorarbejde el. lign.", "minplan", "job-goal", ["job-focus"], ["personal-data"], "001 L3784-3800", None),
("jobmål drøftet: chauffør kat. B, udbringning af medicin og laboratorieprøver for Region Sj. bgr har ren straffeattest og kender omraadet godt. cpr 110379-3317", None, "job-goal", ["personal-data"], ["job-focus"], "000 L189-203", None),
("bgr vil gerne arbejde m. dyr.", None, "job-goal", ["job-focus"], ["personal-data"], "001 L3784-3800", None),
("skånehensyn: ingen løft over 5 kg, max 20 min. stående ad gangen, ikke arb. over skulderhøjde", "rehab", "accommodations", [], ["vague-accommodation","personal-data"], "001 L3810-3814", None),
("hensyn: skaanes for tunge løft + pauser efter behov", None, "accommodations", ["vague-accommodation"], ["personal-data"], "001 L3816-3819", None),
("bgr kan ikke taale støj, skal have roligt miljø", None, "accommodations", ["vague-accommodation"], ["personal-data"], "001 L3816-3819", None),
("hensyn ift. praktik: ikke natarb., ikke weekend, ingen arb. paa stige. max 4 tim. pr dag", None, "accommodations", [], ["vague-accommodation","personal-data"], "001 L3810-3814", None),
("max 3 t. ad gangen ved skærm, ellers lettere arbejde", None, "accommodations", ["vague-accommodation"], ["personal-data"], "001 L3816-3819", None),
("må ikke arb. i frostlager pga. gigt i hænderne. handsker ved kølevarer", None, "accommodations", [], ["vague-accommodation","personal-data"], "001 L3810-3814", None),
("hensyn: ikke stå for længe og forstaaende kolleger", "minplan", "accommodations", ["vague-accommodation"], ["personal-data"], "001 L3816-3819", None),
("skaanehensyn aftalt m. arbejdsgiver fre.: 2 pauser á 10 min, fast arbejdsplads v. vinduet (lys), ingen telefonvagt", None, "accommodations", [], ["vague-accommodation","personal-data"], "000 L96-99", None),
("aftalt: bgr søger 3 job som rengøringsass. paa jobnet inden d. 4/5", "minplan", "agreement", [], ["smart","personal-data"], "000 L209-225", (T,T,T)),
("bgr arb. videre m. cv", "minplan", "agreement", ["smart"], ["personal-data"], "001 L3906-3912", (F,F,F)),
("sb. sender ansøgn. om hæve/sænkebord til hjælpemiddelcentret senest fre.", None, "agreement", [], ["smart","personal-data"], "000 L209-225", (T,N,T)),
("aftalt at vi følges ad ift. jobsøgningen", None, "agreement", ["smart"], ["personal-data"], "001 L3906-3912", (F,F,F)),
("bgr ringer til Lidl Skive ma. ang. praktik i frugt/grønt", "minplan", "agreement", [], ["smart","personal-data"], "000 L209-225", (T,N,T)),
("bgr forsøger at komme ud at gaa hver dag", "minplan", "agreement", ["smart"], ["personal-data"], "001 L3037-3045", (F,F,F)),
("mentor følger op løbende", None, "agreement", ["smart"], ["personal-data"], "001 L3906-3912", (F,F,F)),
("bgr + vk besøger Thisted Bryghus d. 21/3 kl. 9 mhp. praktik paa tapperiet", None, "agreement", [], ["smart","personal-data"], "000 L209-225", (T,N,T)),
("vedr. 140772-1846: bgr har haft prolaps L4/L5, opereret aug. 2022. fysio 2 x ugl. kan nu gaa ca 2 km og sidde 45 min. vil gerne tilbage til kontor, fungerer godt i praktikken hos Skat", None, "health", ["personal-data"], ["deficit-language"], "000 L169-171", None),
("borg. siger hun ikke kan noget pga. smerterne. har ondt alle steder, sover dårligt, kan ikke overskue noget", "rehab", "health", ["deficit-language"], ["personal-data"], "001 L3735-3745", None),
("adspurgt fortæller bgr at lægen har sagt hun ikke maa arbejde mere", "rehab", "health", ["deficit-language"], ["personal-data"], "001 L3740-3745", None),
("diagnoser: depression (moderat), angst. i behandl. hos psykiater, medicin justeret uge 6. bgr har selv lavet et ugeskema og holder det 4 ud af 5 dage", None, "health", [], ["deficit-language","personal-data"], "000 L169-171", None),
("bgr oplyser at han har sukkersyge og KOL og har svært ved alt. ingen ressourcer. cpr 0405621189", None, "health", ["deficit-language","personal-data"], [], "001 L3740-3745", None),
("helbred: gigt i knæ + hænder, bruger stok ved længere gang. cykler 5 km til praktikken hver dag, finmotorik ok til pakning af småvarer", "rehab", "health", [], ["deficit-language","personal-data"], "000 L169-171", None),
("ressourcer: kørekort, truckcert., 10 aar paa Danish Crown (udbening), god til at lære nye kolleger op. netværk: broren ejer et vognmandsfirma i Brande", "rehab", "resources", [], ["deficit-language","personal-data"], "000 L194-198", None),
("ressourcer: faa. bgr er meget præget af sine smerter og har ikke overskud til noget", "rehab", "resources", ["deficit-language"], ["personal-data"], "001 L3735-3745", None),
("bgr har børn paa 4 og 7, manden arb. paa skiftehold. frivillig i Røde Kors-butikken 2 formiddage/uge, laver kasse og prismærkning", None, "resources", [], ["deficit-language","personal-data"], "000 L194-198", None),
("borger siger hun er god til alt og sagtens kan arbejde fuld tid", "rehab", "resources", ["deficit-language"], ["personal-data"], "001 L3740-3745", None),
("ressourcer ift. job: sprog dansk, arabisk, engelsk. har tolket for landsmænd paa Aalborg Sygehus 2019-21 (frivillig). it: word, outlook ok", None, "resources", [], ["deficit-language","personal-data"], "000 L194-198", None),
("samtale m. bgr d. 4/5. bgr mødte til tiden, havde cv med. gennemgik 3 stillinger paa jobnet, bgr søger selv inden fre. næste samtale 18/5", None, "meeting-summary", [], ["deficit-language","personal-data"], "000 L209-225", None),
("tlf.samtale m. bgr. bgr fortæller at det gaar rigtig daarligt og at han ikke kan noget, ryggen er værre. \"jeg kan ikke mere\". vil ikke i praktik", None, "meeting-summary", ["deficit-language"], ["personal-data"], "001 L3740-3745", None),
("møde paa virksomheden (Bygma Skive) ifm. opstart. tilstede: bgr, leder Jan, vk. bgr starter ma. 7/10 kl 8-12, opgaver: opfyldning + kundeservice i trælasten. cpr 230494-2871", None, "meeting-summary", ["personal-data"], ["deficit-language"], "000 L96-99", None),
("bgr udeblev fra møde kl 10. sb. ringede 2 gange, ingen svar. ny indkaldelse sendt i eboks til d. 2/11", None, "meeting-summary", [], ["deficit-language","personal-data"], "001 L3906-3912", None),
("rehab-møde afholdt. bgr præsenterede selv sine 2 jobmål (lagerarb., chauffør) og hvorfor. team bakker op om fleksjob 10-15 t. bgr virkede tryg og velforberedt", "rehab", "meeting-summary", [], ["deficit-language","personal-data"], "000 L145-146", None),
("status: bgr i praktik hos Føtex, fravær pga migræne 3 dage i uge 12. praktikvært: \"hun er den dygtigste til varepåfyldning vi har haft\", vil gerne forlænge. cpr: 12 08 85 - 3390", None, "meeting-summary", ["personal-data"], ["deficit-language"], "000 L297-305", None),
]
out = []
for i, (text, form, field, present, absent, src, smart) in enumerate(R, 1):
    o = {"id": f"sh3-{i:03d}", "text": text, "form": form, "field": field, "source": src, "present": present, "absent": absent}
    if smart:
        s, m, t = smart
        ok = s and m is not False and t
        assert ok == ("smart" in absent), text
        o["smart"] = {"specific": s, "measurable": m, "timeBound": t}
    assert not set(present) & set(absent)
    out.append(o)
assert len({o["text"] for o in out}) == len(out)
json.dump(out, open("/work/corpus-writer3/out/shorthand.json", "w"), ensure_ascii=False, indent=1)
print(len(out))
