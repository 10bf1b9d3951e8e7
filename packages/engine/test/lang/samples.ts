/**
 * Short pages (2–3 sentences) written for these tests, two per language on different topics:
 * a release process and an office move. Not taken from any evaluation split.
 */
export const SUPPORTED_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'The release checklist describes how we ship the mobile app every second week. Before the build goes out, the team runs the regression suite and updates the changelog. If a blocker is found, the release is postponed until the fix has been reviewed.',
    'Our office moves to the third floor on Monday. Please pack your desk into the boxes provided and label them with your name. The network will be down for two hours during the move.',
  ],
  de: [
    'Die Checkliste beschreibt, wie wir die mobile App alle zwei Wochen ausliefern. Bevor der Build veröffentlicht wird, führt das Team die Regressionstests aus und aktualisiert das Änderungsprotokoll. Wird ein schwerer Fehler gefunden, verschieben wir die Veröffentlichung.',
    'Unser Büro zieht am Montag in den dritten Stock. Bitte packt eure Schreibtische in die bereitgestellten Kisten und beschriftet sie mit eurem Namen. Während des Umzugs ist das Netzwerk zwei Stunden lang nicht erreichbar.',
  ],
  nl: [
    'De checklist beschrijft hoe we de mobiele app om de twee weken uitbrengen. Voordat de build wordt gepubliceerd, voert het team de regressietests uit en werkt het de wijzigingslog bij. Als er een ernstige fout wordt gevonden, stellen we de publicatie uit.',
    'Ons kantoor verhuist maandag naar de derde verdieping. Pak je bureau in de dozen die klaarstaan en zet je naam erop. Tijdens de verhuizing is het netwerk twee uur lang niet bereikbaar.',
  ],
  sv: [
    'Checklistan beskriver hur vi levererar mobilappen varannan vecka. Innan bygget publiceras kör teamet regressionstesterna och uppdaterar ändringsloggen. Om ett allvarligt fel hittas skjuter vi upp publiceringen tills rättelsen har granskats.',
    'Vårt kontor flyttar till tredje våningen på måndag. Packa ditt skrivbord i lådorna som finns och skriv ditt namn på dem. Nätverket är nere i två timmar under flytten.',
  ],
  da: [
    'Tjeklisten beskriver, hvordan vi udgiver mobilappen hver anden uge. Før udgivelsen kører holdet regressionstestene og opdaterer ændringsloggen. Hvis der findes en alvorlig fejl, udskyder vi udgivelsen, indtil rettelsen er blevet gennemgået.',
    'Vores kontor flytter til tredje sal på mandag. Pak venligst dit skrivebord ned i de kasser, der er stillet frem, og skriv dit navn på dem. Netværket er nede i to timer under flytningen.',
  ],
  no: [
    'Sjekklisten beskriver hvordan vi gir ut mobilappen annenhver uke. Før publiseringen kjører teamet regresjonstestene og oppdaterer endringsloggen. Hvis det blir funnet en alvorlig feil, utsetter vi publiseringen til rettelsen er gjennomgått.',
    'Kontoret vårt flytter til tredje etasje på mandag. Vennligst pakk ned pulten din i eskene som er satt frem, og skriv navnet ditt på dem. Nettverket er nede i to timer mens flyttingen pågår.',
  ],
  fi: [
    'Tarkistuslista kuvaa, miten julkaisemme mobiilisovelluksen joka toinen viikko. Ennen julkaisua tiimi ajaa regressiotestit ja päivittää muutoslokin. Jos vakava virhe löytyy, julkaisua lykätään, kunnes korjaus on tarkistettu.',
    'Toimistomme muuttaa maanantaina kolmanteen kerrokseen. Pakkaa työpöytäsi tavarat jaettuihin laatikoihin ja kirjoita niihin nimesi. Verkko on poissa käytöstä kaksi tuntia muuton aikana.',
  ],
  fr: [
    "La liste de contrôle décrit comment nous livrons l'application mobile toutes les deux semaines. Avant la publication, l'équipe exécute les tests de régression et met à jour le journal des modifications. Si un défaut bloquant est trouvé, la publication est reportée.",
    "Nos bureaux déménagent au troisième étage lundi. Merci de ranger vos affaires dans les cartons fournis et d'y écrire votre nom. Le réseau sera coupé pendant deux heures pendant le déménagement.",
  ],
  es: [
    'La lista de comprobación describe cómo entregamos la aplicación móvil cada dos semanas. Antes de publicar la versión, el equipo ejecuta las pruebas de regresión y actualiza el registro de cambios. Si se encuentra un error grave, aplazamos la publicación.',
    'Nuestra oficina se traslada a la tercera planta el lunes. Por favor, guardad vuestras cosas en las cajas que os hemos dejado y escribid vuestro nombre en ellas. La red no funcionará durante dos horas mientras dure la mudanza.',
  ],
  pt: [
    'A lista de verificação descreve como entregamos o aplicativo móvel a cada duas semanas. Antes de publicar a versão, a equipe executa os testes de regressão e atualiza o registro de alterações. Se for encontrado um erro grave, adiamos a publicação.',
    'O nosso escritório muda-se para o terceiro andar na segunda-feira. Por favor, arrumem as vossas coisas nas caixas fornecidas e escrevam nelas o vosso nome. A rede vai estar em baixo durante duas horas durante a mudança.',
  ],
  it: [
    "La lista di controllo descrive come consegniamo l'applicazione mobile ogni due settimane. Prima di pubblicare la versione, il gruppo esegue i test di regressione e aggiorna il registro delle modifiche. Se viene trovato un errore grave, rimandiamo la pubblicazione.",
    "Il nostro ufficio si trasferisce al terzo piano lunedì. Per favore mettete le vostre cose negli scatoloni forniti e scriveteci sopra il vostro nome. La rete non sarà disponibile per due ore durante il trasloco.",
  ],
  ru: [
    'В этом списке описано, как мы выпускаем мобильное приложение каждые две недели. Перед публикацией команда запускает регрессионные тесты и обновляет журнал изменений. Если найдена серьёзная ошибка, выпуск откладывается до проверки исправления.',
    'В понедельник наш офис переезжает на третий этаж. Пожалуйста, сложите вещи в выданные коробки и подпишите их своим именем. Во время переезда сеть будет недоступна два часа.',
  ],
  pl: [
    'Ta lista kontrolna opisuje, jak co dwa tygodnie wydajemy aplikację mobilną. Przed publikacją zespół uruchamia testy regresyjne i aktualizuje dziennik zmian. Jeśli zostanie znaleziony poważny błąd, odkładamy wydanie do czasu sprawdzenia poprawki.',
    'W poniedziałek nasze biuro przeprowadza się na trzecie piętro. Prosimy spakować rzeczy do przygotowanych pudeł i podpisać je swoim imieniem. Podczas przeprowadzki sieć będzie niedostępna przez dwie godziny.',
  ],
};

/** Pages in languages the detector knows but Label UP! does not support. */
export const UNSUPPORTED_SAMPLES: Readonly<Record<string, string>> = {
  ja: 'このチェックリストでは、モバイルアプリを二週間ごとにリリースする方法を説明します。公開の前に、チームは回帰テストを実行し、変更履歴を更新します。',
  tr: 'Bu kontrol listesi, mobil uygulamayı her iki haftada bir nasıl yayınladığımızı açıklar. Yayından önce ekip regresyon testlerini çalıştırır ve değişiklik günlüğünü günceller. Ciddi bir hata bulunursa yayını erteleriz.',
  cs: 'Tento kontrolní seznam popisuje, jak každé dva týdny vydáváme mobilní aplikaci. Před vydáním tým spustí regresní testy a aktualizuje seznam změn. Pokud se najde závažná chyba, vydání odložíme.',
  hu: 'Ez az ellenőrzőlista leírja, hogyan adjuk ki kéthetente a mobilalkalmazást. A kiadás előtt a csapat lefuttatja a regressziós teszteket, és frissíti a változásnaplót.',
  uk: 'У цьому списку описано, як ми випускаємо мобільний застосунок кожні два тижні. Перед публікацією команда запускає регресійні тести й оновлює журнал змін.',
};
