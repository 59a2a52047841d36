#include "services/demonames.h"

#include "domain/textfold.h"

#include <initializer_list>
#include <iterator>

namespace libreta::services::demo {
namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(qsizetype(items.size()));
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

CityInfo city(const char *name, const char *region, int zone, const char *area, int from, int to, int weight)
{
    return CityInfo{QString::fromUtf8(name), QString::fromUtf8(region), zone, QString::fromLatin1(area),
                    from, to, weight};
}

enum Zone { MexicoCity, Monterrey, Tijuana, Cancun, Madrid, Canary, Bogota, BuenosAires, Cordoba, Santiago, Lima };

DemoWords build()
{
    DemoWords w;

    w.maleNames = list({
        "José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco", "Alejandro", "Javier", "Fernando",
        "Ramón", "Andrés", "Raúl", "Héctor", "Óscar", "Martín", "Julián", "Adrián", "Rubén", "Iván",
        "Víctor", "Tomás", "Nicolás", "Sebastián", "Germán", "Joaquín", "Álvaro", "Ángel", "Rodrigo", "Eduardo",
        "Ricardo", "Arturo", "Sergio", "Gerardo", "Enrique", "Ignacio", "Rafael", "Jorge", "Manuel", "Pablo",
        "Diego", "Emilio", "Gonzalo", "Agustín", "Efraín", "Moisés", "Benjamín", "Cristóbal", "Hernán", "Saúl",
        "Simón", "Ismael", "Marcos", "Hugo", "Jaime", "Salvador", "Mauricio", "Guillermo", "Íñigo", "Xavier",
    });
    w.femaleNames = list({
        "María", "Guadalupe", "Sofía", "Lucía", "Inés", "Ángela", "Verónica", "Mónica", "Bárbara", "Belén",
        "Noemí", "Araceli", "Leticia", "Rocío", "Begoña", "Concepción", "Fátima", "Itzel", "Ximena", "Xóchitl",
        "Citlali", "Yolanda", "Patricia", "Alejandra", "Gabriela", "Daniela", "Andrea", "Carmen", "Elena", "Beatriz",
        "Claudia", "Adriana", "Marisol", "Raquel", "Pilar", "Montserrat", "Nuria", "Ainhoa", "Irene", "Rosalía",
        "Inmaculada", "Josefina", "Dolores", "Soledad", "Ramona", "Lourdes", "Estefanía", "Mariana", "Valeria", "Regina",
        "Renata", "Jimena", "Natalia", "Sonia", "Marta", "Julia", "Silvia", "Teresa", "Zoé", "Anaí",
    });
    w.surnames = list({
        "Pérez", "Núñez", "Fernández", "Ibáñez", "García", "Martínez", "López", "González", "Rodríguez", "Sánchez",
        "Ramírez", "Hernández", "Gómez", "Díaz", "Jiménez", "Álvarez", "Muñoz", "Romero", "Gutiérrez", "Domínguez",
        "Vázquez", "Ramos", "Gil", "Serrano", "Blanco", "Suárez", "Molina", "Morales", "Ortega", "Delgado",
        "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo",
        "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo", "Gallego", "Vidal",
        "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco",
        "Díez", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Santana", "Herrero", "Lorenzo", "Montero",
        "Hidalgo", "Giménez", "Ibarra", "Durán", "Benítez", "Mora", "Vicente", "Arias", "Quintero", "Zamora",
        "Rosales", "Velázquez", "Ríos", "Cervantes", "Maldonado", "Chávez", "Villanueva", "Peñaloza", "Orozco", "Cisneros",
        "Zúñiga", "Bermúdez", "Salinas", "Treviño", "Aranda", "Galván", "Tapia", "Beltrán", "Acuña", "Escobedo",
        "Olvera", "Cuéllar", "Quiñones", "Báez", "Ordóñez", "Echeverría", "Solís", "Yáñez", "Avendaño", "Muñiz",
        "Castañeda", "Montaño", "Espinoza", "Sandoval", "Valdés", "Cárdenas", "Navarro", "Rivera", "Torres", "Mejía",
        "Salazar", "Contreras", "Estrada", "Figueroa", "Pacheco", "Rincón", "Lara", "Varela", "Ocaña", "Alarcón",
        "Jáuregui", "Urquidi", "Garza", "Villarreal", "Obregón", "Limón", "Bañuelos", "Carreño", "Patiño", "Téllez",
    });
    w.mexicoAndSpainOnlyNames = list({
        "Guadalupe", "Itzel", "Xóchitl", "Citlali", "Anaí", "Ximena", "Regina", "Begoña", "Montserrat", "Nuria",
        "Ainhoa", "Inmaculada", "Íñigo", "Xavier", "Concepción",
    });
    w.surnamesAscii.reserve(w.surnames.size());
    for (const QString &s : std::as_const(w.surnames))
        w.surnamesAscii.append(domain::foldForSearch(s).remove(QLatin1Char(' ')));
    w.titles = list({"Lic.", "C.P.", "Ing.", "Arq.", "Sr.", "Sra."});

    // Postal ranges are plausible, not exact.
    w.mexicoCities = {
        city("Ciudad de México", "CDMX", MexicoCity, "55", 1000, 16999, 30),
        city("Guadalajara", "Jal.", MexicoCity, "33", 44100, 45999, 12),
        city("Puebla", "Pue.", MexicoCity, "222", 72000, 72999, 6),
        city("Querétaro", "Qro.", MexicoCity, "442", 76000, 76249, 5),
        city("León", "Gto.", MexicoCity, "477", 37000, 37699, 5),
        city("Toluca", "Méx.", MexicoCity, "722", 50000, 50299, 4),
        city("San Luis Potosí", "S.L.P.", MexicoCity, "444", 78000, 78399, 3),
        city("Aguascalientes", "Ags.", MexicoCity, "449", 20000, 20399, 3),
        city("Monterrey", "N.L.", Monterrey, "81", 64000, 64999, 12),
        city("Saltillo", "Coah.", Monterrey, "844", 25000, 25299, 3),
        city("Torreón", "Coah.", Monterrey, "871", 27000, 27299, 3),
        city("Tijuana", "B.C.", Tijuana, "664", 22000, 22699, 5),
        city("Mexicali", "B.C.", Tijuana, "686", 21000, 21399, 3),
        city("Ensenada", "B.C.", Tijuana, "646", 22800, 22899, 2),
        city("Cancún", "Q. Roo", Cancun, "998", 77500, 77539, 4),
        city("Chetumal", "Q. Roo", Cancun, "983", 77000, 77099, 1),
        city("Playa del Carmen", "Q. Roo", Cancun, "984", 77710, 77730, 2),
    };
    w.spainCities = {
        city("Madrid", "Madrid", Madrid, "91", 28001, 28080, 20),
        city("Barcelona", "Barcelona", Madrid, "93", 8001, 8042, 14),
        city("Valencia", "Valencia", Madrid, "96", 46001, 46026, 7),
        city("Sevilla", "Sevilla", Madrid, "95", 41001, 41020, 6),
        city("Zaragoza", "Zaragoza", Madrid, "976", 50001, 50022, 4),
        city("Málaga", "Málaga", Madrid, "952", 29001, 29018, 4),
        city("Bilbao", "Bizkaia", Madrid, "94", 48001, 48015, 4),
        city("Valladolid", "Valladolid", Madrid, "983", 47001, 47016, 2),
        city("Córdoba", "Córdoba", Madrid, "957", 14001, 14014, 2),
        city("Alicante", "Alicante", Madrid, "965", 3001, 3016, 3),
        city("Murcia", "Murcia", Madrid, "968", 30001, 30012, 3),
        city("Granada", "Granada", Madrid, "958", 18001, 18015, 2),
        city("A Coruña", "A Coruña", Madrid, "981", 15001, 15011, 2),
        city("Las Palmas de Gran Canaria", "Las Palmas", Canary, "928", 35001, 35019, 3),
        city("Santa Cruz de Tenerife", "Santa Cruz de Tenerife", Canary, "922", 38001, 38010, 2),
    };
    // The offices of other countries (demo::Market): their own cities,
    // each debtor in the country's time zone. Area codes are the landline's
    // (Colombia's 60x, Argentina's 11, Chile's 2, Peru's 1).
    w.colombiaCities = {
        city("Bogotá", "Bogotá D.C.", Bogota, "601", 110111, 111166, 30),
        city("Medellín", "Antioquia", Bogota, "604", 50001, 50050, 14),
        city("Cali", "Valle del Cauca", Bogota, "602", 760001, 760050, 10),
        city("Barranquilla", "Atlántico", Bogota, "605", 80001, 80020, 7),
        city("Cartagena", "Bolívar", Bogota, "605", 130001, 130015, 4),
        city("Bucaramanga", "Santander", Bogota, "607", 680001, 680011, 4),
        city("Pereira", "Risaralda", Bogota, "606", 660001, 660004, 3),
    };
    w.argentinaCities = {
        city("Buenos Aires", "CABA", BuenosAires, "11", 1000, 1499, 30),
        city("La Plata", "Buenos Aires", BuenosAires, "221", 1900, 1925, 5),
        city("Mar del Plata", "Buenos Aires", BuenosAires, "223", 7600, 7612, 4),
        city("Rosario", "Santa Fe", BuenosAires, "341", 2000, 2013, 8),
        city("Córdoba", "Córdoba", Cordoba, "351", 5000, 5017, 10),
        city("Mendoza", "Mendoza", BuenosAires, "261", 5500, 5519, 5),
        city("San Miguel de Tucumán", "Tucumán", Cordoba, "381", 4000, 4010, 3),
    };
    w.chileCities = {
        city("Santiago", "Región Metropolitana", Santiago, "2", 8320000, 8380000, 35),
        city("Valparaíso", "Valparaíso", Santiago, "32", 2340000, 2390000, 6),
        city("Viña del Mar", "Valparaíso", Santiago, "32", 2520000, 2580000, 5),
        city("Concepción", "Biobío", Santiago, "41", 4030000, 4090000, 6),
        city("Antofagasta", "Antofagasta", Santiago, "55", 1240000, 1270000, 4),
        city("Temuco", "La Araucanía", Santiago, "45", 4780000, 4810000, 3),
    };
    w.peruCities = {
        city("Lima", "Lima", Lima, "1", 15001, 15088, 35),
        city("Arequipa", "Arequipa", Lima, "54", 4001, 4017, 7),
        city("Trujillo", "La Libertad", Lima, "44", 13001, 13011, 5),
        city("Chiclayo", "Lambayeque", Lima, "74", 14001, 14013, 4),
        city("Piura", "Piura", Lima, "73", 20001, 20009, 3),
        city("Cusco", "Cusco", Lima, "84", 8001, 8006, 2),
    };
    // Colombia writes "Calle 72 # 10-34": the street and its number; the
    // others the street's name and the door's number.
    w.colombiaStreets = list({"Calle", "Carrera", "Avenida Calle", "Avenida Carrera", "Diagonal", "Transversal"});
    w.argentinaStreets = list({
        "Av. Corrientes", "Av. Santa Fe", "Av. Rivadavia", "Calle San Martín", "Calle Belgrano", "Av. Córdoba",
        "Calle Sarmiento", "Av. Mitre", "Calle Moreno", "Calle Lavalle", "Av. Colón", "Calle 25 de Mayo",
    });
    w.chileStreets = list({
        "Av. Providencia", "Av. Libertador Bernardo O'Higgins", "Calle Huérfanos", "Av. Apoquindo", "Calle Merced",
        "Av. Vicuña Mackenna", "Calle Agustinas", "Av. Los Leones", "Calle Prat", "Av. Pedro de Valdivia",
    });
    w.peruStreets = list({
        "Av. Arequipa", "Jr. de la Unión", "Av. Javier Prado Este", "Av. La Marina", "Calle Las Begonias",
        "Av. Brasil", "Jr. Huallaga", "Av. Benavides", "Av. Larco", "Calle Los Pinos",
    });
    w.mexicoStreets = list({
        "Av. Insurgentes Sur", "Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Blvd. Adolfo López Mateos",
        "Av. Revolución", "Calle 5 de Mayo", "Av. Constitución", "Calle Zaragoza", "Calle Allende",
        "Av. Universidad", "Calle Guerrero", "Calz. de Tlalpan", "Av. Vallarta", "Calle Niños Héroes",
        "Calle Emiliano Zapata", "Calle Francisco I. Madero", "Av. Lázaro Cárdenas", "Calle Aldama",
        "Av. de las Américas", "Calle Matamoros", "Calle Galeana", "Av. Tecnológico", "Calle Abasolo",
    });
    w.mexicoNeighbourhoods = list({
        "Centro", "Del Valle", "Roma Norte", "Narvarte", "Jardines del Bosque", "Las Américas",
        "Lomas de San Ángel", "Industrial", "Moderna", "San Rafael", "Los Pinos", "Residencial del Parque",
        "Santa María", "Obrera", "Providencia", "El Mirador", "Valle Dorado", "Chapultepec", "La Florida",
    });
    w.spainStreets = list({
        "Calle Mayor", "Avenida de la Constitución", "Calle del Carmen", "Calle Real", "Avenida de Andalucía",
        "Calle San Vicente", "Gran Vía", "Calle Colón", "Calle Santiago", "Avenida de Madrid",
        "Calle Nueva", "Calle de la Iglesia", "Paseo del Prado", "Calle Alfonso XII", "Avenida del Mar",
        "Calle Cervantes", "Calle de la Paz", "Ronda de San Pedro", "Calle Fuente Nueva",
    });

    w.mexicoActivities = list({
        "Comercializadora", "Distribuidora", "Servicios Integrales", "Grupo Industrial", "Abarrotes",
        "Transportes", "Constructora", "Ferretería", "Farmacéutica", "Refaccionaria", "Importadora",
        "Textiles", "Alimentos", "Papelería", "Materiales", "Autopartes", "Agroindustrias", "Logística",
        "Muebles", "Plásticos", "Tecnología Aplicada", "Consultoría",
    });
    w.southActivities = list({
        "Comercializadora", "Distribuidora", "Servicios Integrales", "Grupo Industrial", "Almacén",
        "Transportes", "Constructora", "Ferretería", "Farmacéutica", "Repuestos", "Importadora",
        "Textiles", "Alimentos", "Librería", "Materiales", "Autopartes", "Agroindustrias", "Logística",
        "Muebles", "Plásticos", "Tecnología Aplicada", "Consultoría",
    });
    w.southTails = list({
        "del Sur", "del Norte", "del Pacífico", "Andina", "del Litoral", "La Esperanza", "San José",
        "Santa Fe", "del Centro", "Los Andes", "del Valle", "Austral", "Tres Ríos", "Cordillera",
    });
    w.spainActivities = list({
        "Distribuciones", "Construcciones", "Talleres", "Suministros", "Transportes", "Hostelería",
        "Panificadora", "Asesoría", "Reformas", "Instalaciones Eléctricas", "Carpintería", "Frutas",
        "Servicios Logísticos", "Gestoría", "Climatización", "Imprenta", "Maderas", "Recambios",
    });
    w.mexicoTails = list({
        "del Bajío", "del Norte", "del Pacífico", "Peninsular", "del Golfo", "La Esperanza", "San José",
        "Santa Fe", "del Centro", "Azteca", "Sierra Madre", "del Valle", "Río Bravo", "Tres Ríos",
    });
    w.spainTails = list({
        "del Sur", "Levante", "Ibérica", "Cantábrica", "del Ebro", "Mediterráneo", "Atlántica",
        "La Mancha", "del Norte", "Guadalquivir", "Montaña", "Peninsular",
    });

    w.bestTimes = list({
        "mañanas", "después de las 16:00", "entre 10:00 y 13:00", "antes de las 9:00", "tardes",
        "mediodía", "solo entre semana", "", "", "",
    });
    w.emailDomains = list({"example.com", "example.net", "example.org", "correo.example"});

    w.disputeReasons = list({
        "El cliente dice que la mercancía llegó dañada y pidió reposición.",
        "Falta aplicar una nota de crédito por devolución parcial.",
        "El precio facturado no coincide con la cotización aceptada.",
        "Reclama que el servicio no se completó en la fecha pactada.",
        "Asegura que la factura está duplicada con otra del mismo pedido.",
    });
    w.doNotContactReasons = list({
        "Pidió por escrito no recibir llamadas; solo correspondencia.",
        "Representado por un abogado: cualquier contacto a través del despacho.",
        "Queja formal en trámite ante la autoridad de consumo.",
        "Titular fallecido; el asunto se atiende con la sucesión.",
        "Concurso de acreedores declarado: contacto solo con la administración concursal.",
    });

    // One list per ExcuseCategory, in enum order: what the debtor says, as
    // the agent writes it down.
    w.excuseWords = {
        list({ // InvoiceNotReceived
            "Dice que la factura nunca le llegó.",
            "No encuentra la factura en su sistema y pide una copia.",
            "La factura se envió a un correo que ya no usan.",
            "Contabilidad no la tiene registrada; necesitan el PDF y el XML.",
        }),
        list({ // AmountDisputed
            "No está de acuerdo con el importe: le cobraron un precio distinto al pactado.",
            "Reclama una nota de crédito que no se ha aplicado.",
            "Dice que parte del pedido se devolvió y se le sigue cobrando completo.",
        }),
        list({ // NoFunds
            "Este mes no le alcanza; tiene otros pagos atrasados.",
            "Las ventas bajaron mucho y anda corto de efectivo.",
            "Tiene la cuenta embargada y no puede disponer del dinero.",
            "Dice que ahorita no tiene, que en cuanto pueda abona algo.",
        }),
        list({ // WaitingForCustomer
            "Espera que le pague un cliente grande a fin de mes.",
            "Le deben una obra ya entregada; en cuanto cobre, paga.",
            "Su principal cliente le retrasó los pagos a 90 días.",
        }),
        list({ // SaysAlreadyPaid
            "Asegura que ya pagó por transferencia hace unas semanas.",
            "Dice que lo depositó en ventanilla y que buscará el comprobante.",
            "Afirma que el pago se hizo a nombre de otra empresa del grupo.",
        }),
        list({ // WillPayOnDate
            "Paga en cuanto cobre la quincena.",
            "Tiene programados los pagos a proveedores los viernes.",
            "Dice que a principios de mes sin falta.",
            "Le depositan el aguinaldo y con eso liquida.",
        }),
        list({ // IllnessOrJobLoss
            "Lo despidieron hace dos meses y sigue buscando trabajo.",
            "Estuvo hospitalizado y se le juntaron los gastos.",
            "Un familiar está enfermo y todo el dinero se va en medicinas.",
        }),
        list({ // DoesNotRecogniseDebt
            "No reconoce la compra; dice que él no firmó el pedido.",
            "Afirma que la cuenta es de un socio que ya salió de la empresa.",
            "No recuerda haber contratado el servicio.",
        }),
        list({ // Other
            "El contador que autoriza los pagos está de vacaciones.",
            "Cambiaron de banco y aún no tienen dada de alta la cuenta.",
            "Están en cierre de año fiscal y no liberan pagos hasta enero.",
            "El dueño está de viaje y es el único que firma.",
        }),
    };
    w.techniques = list({
        "Pregunta abierta", "Escucha activa", "Silencio", "Resumen de lo hablado", "Opciones cerradas",
        "Consecuencias del impago", "Beneficio de pagar hoy", "Empatía", "Pago parcial inmediato",
        "Fecha concreta", "Convenio en pagos", "Descuento autorizado", "Recapitulación del compromiso",
    });
    w.discountTechnique = QStringLiteral("Descuento autorizado");
    w.refusalReasons = list({
        "Dice que no va a pagar mientras no le resuelvan la queja.",
        "Se niega: considera que la deuda ya prescribió.",
        "No quiere comprometer ninguna fecha; pide que le llamen el mes que entra.",
        "Afirma que no tiene cómo pagar y no acepta convenio.",
        "Cuelga en cuanto se menciona el adeudo.",
        "Pide que todo se trate por escrito.",
    });
    w.nextSteps = list({
        "Enviar estado de cuenta detallado y volver a llamar en una semana.",
        "Revisar el caso con el supervisor para ofrecer convenio.",
        "Insistir con la persona que autoriza pagos.",
        "Mandar carta de requerimiento formal.",
        "Llamar de nuevo después de la quincena.",
        "Valorar turnar el expediente a jurídico.",
    });

    w.presentationPerson = list({
        "Contestó el titular; me identifiqué y expliqué el motivo de la llamada.",
        "Confirmé identidad con el titular antes de hablar del saldo.",
        "Atendió el propio deudor; saludo cordial, sin prisas.",
        "Me presenté; el titular sabía de qué se trataba.",
    });
    w.presentationCompany = list({
        "Atendió %1, quien autoriza los pagos; me identifiqué y expliqué el motivo.",
        "Me pasaron con %1 en tesorería; confirmé que decide los pagos.",
        "Hablé con %1; confirmó ser el responsable de cuentas por pagar.",
    });
    w.listeningWilling = list({
        "Se nota con intención de pagar.",
        "Reconoce el adeudo sin discutir.",
        "Tono tranquilo, busca una solución.",
        "Pide disculpas por el retraso.",
    });
    w.listeningUnwilling = list({
        "Evasivo, cambia de tema varias veces.",
        "Molesto; dice que no es prioridad.",
        "Pone peros a cada propuesta.",
        "Responde con monosílabos.",
    });
    w.negotiationFull = list({
        "Planteé liquidar el total de %1.",
        "Propuse cubrir los %1 completos en una fecha cercana.",
        "Le recordé el saldo de %1 y pedí pago total.",
    });
    w.negotiationPartial = list({
        "No puede con todo; propuse un pago parcial de %1 como primer paso.",
        "Ofrecí dividir: %1 ahora y el resto en la siguiente llamada.",
        "Acordamos empezar con %1 para detener el atraso.",
    });
    w.negotiationDiscount = list({
        "Con %1% de descuento, los %2 vencidos quedan en %3 si los liquida en la fecha.",
        "Ofrecí %1% menos sobre %2 a cambio de pagar %3 en una sola exhibición.",
        "Pidió rebaja; le dejé los %2 en %3 (%1%) si paga completo y a tiempo.",
    });
    w.negotiationPlan = list({
        "Propuse convenio en %1 pagos %2.",
        "Armamos un plan de %1 pagos %2 dentro de lo autorizado.",
    });
    w.negotiationRefused = list({
        "Ofrecí pago total, pago parcial y convenio; no acepta ninguno.",
        "Expliqué las consecuencias del impago; mantiene la negativa.",
        "Intenté una fecha concreta; no quiere comprometerse.",
    });
    w.preCloseFull = list({"Acepta pagar el total.", "Acepta sin condiciones.", "Dice que sí al pago completo."});
    w.preClosePartial = list({"Acepta una parte.", "Acepta el pago parcial, no el total.", "Acepta el convenio."});
    w.preCloseRefusal = list({"No acepta.", "Se niega por ahora.", "Rechaza toda propuesta."});
    w.closePromise = list({
        "Repetí el compromiso: %1 el %2 %3. Lo confirmó.",
        "Confirmado %1 para el %2, %3. Le envié los datos de pago.",
        "Compromiso leído y aceptado: %1, %2, %3.",
    });
    w.closePayment = list({
        "Pagó %1 durante la llamada, %2. Le envié el comprobante.",
        "Se aplicó un pago de %1 (%2) en línea; queda registrado.",
    });
    w.closeRefusal = list({
        "Se deja constancia de la negativa y del siguiente paso.",
        "Cierre sin compromiso; se le informa el seguimiento.",
    });
    w.noAnswerNotes = list({"Sin respuesta.", "Suena ocupado.", "No contesta; timbra hasta cortar."});
    w.voicemailNotes = list({
        "Buzón de voz; dejé nombre y teléfono, sin mencionar el motivo.",
        "Entró el buzón; mensaje breve para devolver la llamada.",
    });
    w.thirdPartyNotes = list({
        "Contestó un familiar; recado neutro para que devuelva la llamada.",
        "Atendió la recepción; no está la persona que decide. Dejé recado sin detalles.",
        "Contestó otra persona; no se habló del asunto.",
    });
    w.callbackNotes = list({
        "La recepción pide llamar %1, cuando esté el responsable.",
        "Un familiar indica que el titular regresa %1.",
        "Piden volver a marcar %1.",
    });
    w.callbackSteps = list({
        "Llamar %1 y preguntar por el responsable de pagos.",
        "Llamar %1 y pedir hablar con el titular.",
        "Volver a marcar %1.",
    });
    w.callbackTomorrow = QStringLiteral("mañana a las %1");
    w.callbackOnDay = QStringLiteral("el %1 a las %2");
    w.weekdays = list({"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"});
    w.wrongNumberNotes = list({"El número es de otra persona; no conoce al titular.", "Número equivocado."});

    w.taskResults = list({
        "Enviado por correo electrónico.", "Enviado y confirmada la recepción.", "Se mandó por mensajería.",
    });
    w.generalNotes = list({
        "Prefiere que se le llame por las tardes.",
        "Pidió que los avisos le lleguen por WhatsApp.",
        "Cambió de domicilio; se actualizó la dirección.",
        "Comenta que su hijo le ayuda con los pagos.",
        "Trabaja por turnos: localizable en días alternos.",
        "Solicitó el número de cuenta para depósito en ventanilla.",
    });
    w.companyNotes = list({
        "Cuentas por pagar solo programa pagos los viernes.",
        "Piden que toda factura llegue con orden de compra.",
        "El responsable de pagos cambió; se actualizó el contacto.",
        "Tienen un portal de proveedores donde hay que cargar las facturas.",
        "El cierre de mes es el día 25; después no liberan pagos.",
    });
    return w;
}

} // namespace

const QStringList &timeZoneIds()
{
    static const QStringList ids = {
        QStringLiteral("America/Mexico_City"), QStringLiteral("America/Monterrey"),
        QStringLiteral("America/Tijuana"),     QStringLiteral("America/Cancun"),
        QStringLiteral("Europe/Madrid"),       QStringLiteral("Atlantic/Canary"),
        QStringLiteral("America/Bogota"),      QStringLiteral("America/Argentina/Buenos_Aires"),
        QStringLiteral("America/Argentina/Cordoba"), QStringLiteral("America/Santiago"),
        QStringLiteral("America/Lima"),
    };
    return ids;
}

int fallbackOffsetSeconds(int zone)
{
    static constexpr int hours[] = {-6, -6, -8, -5, 1, 0, -5, -3, -3, -4, -5};
    constexpr int count = int(std::size(hours));
    return (zone >= 0 && zone < count ? hours[zone] : 0) * 3600;
}

const DemoWords &words()
{
    static const DemoWords w = build();
    return w;
}

QString methodWords(domain::PaymentMethod method)
{
    using domain::PaymentMethod;
    switch (method) {
    case PaymentMethod::Cash: return QStringLiteral("en efectivo");
    case PaymentMethod::Transfer: return QStringLiteral("por transferencia");
    case PaymentMethod::Card: return QStringLiteral("con tarjeta");
    case PaymentMethod::Check: return QStringLiteral("con cheque");
    case PaymentMethod::Deposit: return QStringLiteral("por depósito en ventanilla");
    case PaymentMethod::Other: return QStringLiteral("por otro medio");
    case PaymentMethod::Mobile: return QStringLiteral("por pago móvil");
    case PaymentMethod::Store: return QStringLiteral("en tienda");
    case PaymentMethod::DirectDebit: return QStringLiteral("por domiciliación");
    }
    return {};
}

QString frequencyWords(domain::PlanFrequency frequency)
{
    using domain::PlanFrequency;
    switch (frequency) {
    case PlanFrequency::Weekly: return QStringLiteral("semanales");
    case PlanFrequency::Biweekly: return QStringLiteral("catorcenales");
    case PlanFrequency::Semimonthly: return QStringLiteral("quincenales");
    case PlanFrequency::Monthly: return QStringLiteral("mensuales");
    }
    return {};
}

} // namespace libreta::services::demo
