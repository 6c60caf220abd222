import argumentMapJson from './argument-map.json';
import { ArgumentMap } from './schemas/argument-map';

/** The map of the membership argument, validated once at import. */
export const argumentMap: ArgumentMap = ArgumentMap.parse(argumentMapJson);
