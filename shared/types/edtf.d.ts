// The edtf package ships no typings; this declares the part Dossier uses.
declare module 'edtf' {
  interface ExtendedDate {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
  }
  export default function edtf(input: string): ExtendedDate;
}
