
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c4bf283c9c88a01': `Registrado`,
's1101aa03bc30396b': `Tu paquete se ha entregado.`,
's13accecd33e38c60': `En reparto`,
's1486c9c324477f5d': `Entrega modificada`,
's1eaccbf2d6af8ab5': `Información`,
's1f164d2326f66369': `La empresa de transporte aún no ha escaneado el paquete.`,
's26f55ad32da5d49c': `Requiere atención`,
's27b7a06351821a44': `Comprueba que el número de seguimiento sea correcto. Un paquete nuevo puede tardar unas horas en aparecer.`,
's2bfae2c6fbd841a5': `La empresa de transporte ha enviado una notificación sobre tu paquete.`,
's2e64d87b1fa7dab1': `Listo para recoger`,
's3430dd1892d1d113': `La empresa de transporte intentó entregar tu paquete, pero no pudo.`,
's445eddae4cd98581': `Este enlace de seguimiento no es válido o ha caducado. Utiliza en su lugar el número de seguimiento de la confirmación de tu pedido.`,
's4982d8c0a2d3b037': `No se ha podido actualizar la información de seguimiento.`,
's58aaa3a0a4d09a84': `Inténtalo de nuevo dentro de un momento.`,
's5f8f055edb45fecc': `La entrega se ha modificado.`,
's61ca30842f432c55': `Seguimiento caducado`,
's68addf02d00bfa49': `Intento de entrega fallido`,
's6ebf144faaa70254': `Historial de seguimiento`,
's7b678b585086d0c3': `Tu paquete está en camino.`,
's7ec179948c381f8e': `Recogido`,
's81fa26ccde47d6b4': `(se abre en una pestaña nueva)`,
's867ae6f7a84d07d7': `Empresa de transporte`,
's883d1806af7a7d4e': `No se ha podido obtener la información de seguimiento más reciente de la empresa de transporte.`,
's8b0432eecbd8b034': `Actualización`,
's8ca3b021833cbf6f': `Entregado`,
's99ab6435a74e51ec': `No se ha podido cargar la información de seguimiento`,
'sa4d7896193bd5d4f': str`Nuevo estado: ${0}.`,
'sa557ae6bee9148a6': `Progreso`,
'sa7982dfbed19ef05': `Número de seguimiento`,
'sa82c130c9f2d1931': str`Ver el seguimiento en ${0}`,
'sb3b525b11692db2c': `Tu paquete está en reparto.`,
'sbf48c255bd5d3739': `En tránsito`,
'sc293269e015e34e8': str`Tu paquete está listo para recoger en ${0}.`,
'scaa68db6c7607f07': `Tu paquete está listo para recoger.`,
'scca08717bd5af62b': `El seguimiento de este paquete ha caducado y ya no se actualizará.`,
'sccdd38f013b683d5': `No hemos encontrado este paquete`,
'scd1dd6ff53d0d01a': `Volver a intentarlo`,
'scf50897a407de199': `Retrasado`,
'sd2095bc863a82fdc': `paso actual`,
'sddfeaac2efea83b6': `Seguimiento no disponible`,
'sde603f6654a51641': `Tu paquete lleva retraso, pero sigue en camino.`,
'se4ca01fb1fa563c9': `Comprueba tu conexión a internet e inténtalo de nuevo.`,
'se5979f678ce5354b': `Hay novedades sobre tu paquete.`,
'see8fd25c8e7147ba': str`Última actualización ${0}.`,
'sf2e6add1c684664d': `Ha ocurrido algo fuera de lo normal. Es posible que el paquete se devuelva o que la empresa de transporte se ponga en contacto contigo.`,
'sfb8a5d742b20b870': `Notificación enviada`,
'sfc0906748446ac5c': `Cargando la información de seguimiento…`,
'sfdde30c24ce38292': `completado`,
    };
  