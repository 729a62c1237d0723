# Por qué un token escrito o pegado no puede ser un token de Chatwoot (src/secret.rs).
secret-token-empty = el token está vacío: cópialo desde Ajustes del perfil → Token de acceso
secret-token-spaces = el token tiene espacios: vuelve a copiarlo desde Ajustes del perfil → Token de acceso
secret-token-too-short = el token es demasiado corto ({ $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}; los tokens de Chatwoot tienen 24): vuelve a copiarlo desde Ajustes del perfil → Token de acceso
secret-token-too-long = el token es demasiado largo ({ $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}; los tokens de Chatwoot tienen 24): vuelve a copiarlo desde Ajustes del perfil → Token de acceso
secret-token-control = el token tiene caracteres de control: vuelve a copiarlo desde Ajustes del perfil → Token de acceso
